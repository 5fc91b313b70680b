package cn.nhjc.province.web.api;

import cn.nhjc.province.batch.admin.BatchJobs;
import cn.nhjc.province.batch.admin.JobExecutionDto;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
  @Operation(summary = "The newest job executions first")
  public List<JobExecutionDto> executions(@QueryParam("limit") @DefaultValue("50") int limit) {
    return jobs.executions(Math.max(1, Math.min(limit, 500)));
  }

  @GET
  @Path("/executions/{id}")
  @Operation(summary = "One job execution")
  public JobExecutionDto execution(@PathParam("id") long id) {
    return jobs.execution(id);
  }

  @POST
  @Path("/{job}/executions")
  @Operation(
      summary = "Start a job",
      description =
          "period-statistics closes the period given as period: a day (yyyy-MM-dd) or a month"
              + " (yyyy-MM); without it, the last complete month.")
  public Response start(@PathParam("job") String job, @QueryParam("period") String period) {
    long id = jobs.start(job, period);
    return Response.status(Response.Status.ACCEPTED).entity(jobs.execution(id)).build();
  }
}
