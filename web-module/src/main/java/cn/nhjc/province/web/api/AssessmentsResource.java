package cn.nhjc.province.web.api;

import cn.nhjc.province.conservation.application.AssessmentDto;
import cn.nhjc.province.conservation.application.Assessments;
import cn.nhjc.province.registry.application.ImportFiles;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Results of the target-responsibility assessment (节能目标责任评价考核), from the newest frozen run of the
 * year (job target-assessment). The scope check is the EJB's ({@link Assessments}): officials their
 * region and below, an enterprise user its own unit.
 */
@Path("/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "conservation")
@SecurityRequirement(name = "keycloak")
public class AssessmentsResource {

  @EJB private Assessments assessments;

  @GET
  @Produces({MediaType.APPLICATION_JSON, ImportFiles.XLSX_MEDIA_TYPE})
  @Operation(
      summary = "Assessment results of a year in the caller's scope",
      description =
          "Per holder and kind: target, actual (the year-end projection while the year is not"
              + " complete), completion, completion points, measures points, score and grade"
              + " (超额完成, 完成, 基本完成, 未完成), with the run's version. Empty before a run."
              + " Also as XLSX (format=xlsx).")
  @APIResponse(responseCode = "400", description = "no year, an unknown level or format")
  public Response list(
      @Parameter(description = TargetsResource.YEAR, required = true) @QueryParam("year")
          Integer year,
      @Parameter(description = "unit, city, county or province; empty: every level")
          @QueryParam("level")
          String level,
      @Parameter(description = TargetsResource.FORMAT) @QueryParam("format") String format) {
    if (TargetsResource.xlsx(format)) {
      return TargetsResource.file(
          assessments.exportXlsx(year, level), "assessment-" + year, "节能目标责任评价考核-" + year);
    }
    List<AssessmentDto> results = assessments.results(year, level);
    return Response.ok(results, MediaType.APPLICATION_JSON).build();
  }

  @GET
  @Path("/measures/{creditCode}")
  @Operation(
      summary = "A unit's scoring sheet of measures for a year, with the points entered",
      description = "Officials and supervisors, for a unit in their scope.")
  @APIResponse(responseCode = "400", description = "no year")
  @APIResponse(responseCode = "403", description = "the unit lies outside the caller's scope")
  public List<Assessments.Measure> measures(
      @PathParam("creditCode") String creditCode,
      @Parameter(description = TargetsResource.YEAR, required = true) @QueryParam("year")
          Integer year) {
    return assessments.measures(creditCode, year);
  }

  @PUT
  @Path("/measures/{creditCode}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Enter a unit's measures for a year",
      description =
          "Points by sheet item ({\"M1\": 8, \"M2\": 6, …}), each between 0 and the item's most;"
              + " null removes an entry. Province and city officials, for a unit in their scope;"
              + " nothing is stored when one is refused. The next assessment run counts them.")
  @APIResponse(
      responseCode = "400",
      description = "no year, no points, an unknown item or a value out of range")
  @APIResponse(responseCode = "403", description = "the unit lies outside the caller's scope")
  public List<Assessments.Measure> enterMeasures(
      @PathParam("creditCode") String creditCode,
      @Parameter(description = TargetsResource.YEAR, required = true) @QueryParam("year")
          Integer year,
      Map<String, BigDecimal> points) {
    return assessments.enterMeasures(creditCode, year, points);
  }
}
