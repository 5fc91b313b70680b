package cn.nhjc.province.web.api;

import cn.nhjc.province.batch.admin.BatchJobs;
import cn.nhjc.province.batch.admin.JobExecutionDto;
import cn.nhjc.province.registry.application.PageResult;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Batch jobs. The role check is the EJB's ({@link BatchJobs} allows platform administrators only):
 * any other role gets 403.
 */
@Path("/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "administration", description = "批处理作业 (platform administrators)")
@SecurityRequirement(name = "keycloak")
public class JobsResource {

  @EJB private BatchJobs jobs;

  @GET
  @Path("/executions")
  @Operation(
      summary = "Job executions, newest first, paged",
      description = "The newest 500 executions at most; total counts those.")
  public PageResult<JobExecutionDto> executions(@BeanParam PageRequest paging) {
    return Paging.of(jobs.executions(Paging.MAX_SIZE), paging.page(), paging.size());
  }

  @GET
  @Path("/executions/{id}")
  @Operation(summary = "One job execution")
  @APIResponse(responseCode = "404", description = "no job execution with that id")
  public JobExecutionDto execution(@PathParam("id") long id) {
    return jobs.execution(id);
  }

  @POST
  @Path("/{job}/executions")
  @Operation(
      summary = "Start a job",
      description =
          "period-statistics closes the period given as period: a day (yyyy-MM-dd) or a month"
              + " (yyyy-MM); without it, the last complete month. target-assessment assesses the"
              + " year given as year (yyyy; default the previous year) into a new frozen version of"
              + " its results; province officials may start it too.")
  public Response start(
      @PathParam("job") String job,
      @QueryParam("period") String period,
      @QueryParam("year") String year) {
    if (BatchJobs.ASSESSMENT_JOB.equals(job)) {
      long id = jobs.startAssessment(year);
      return Response.status(Response.Status.ACCEPTED).entity(jobs.assessmentExecution(id)).build();
    }
    long id = jobs.start(job, period);
    return Response.status(Response.Status.ACCEPTED).entity(jobs.execution(id)).build();
  }
}
