package cn.nhjc.province.web.api;

import cn.nhjc.province.metrology.application.MetrologyCompliance;
import cn.nhjc.province.metrology.application.MetrologyXlsx;
import cn.nhjc.province.metrology.application.SummaryRow;
import cn.nhjc.province.metrology.application.UnitCompliance;
import cn.nhjc.province.metrology.application.UnitSummary;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Metrology (GB 17167): a unit's compliance report, the government summary (计量器具配备情况汇总) by city,
 * county or industry with its drill-down and XLSX, and a metrology officer's notice to a unit. The
 * role and scope checks are {@link MetrologyCompliance}'s.
 */
@Path("/metrology")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "metrology")
@SecurityRequirement(name = "keycloak")
public class MetrologyResource {

  static final String PERIOD =
      "the period whose last day calibrations are judged at (today while it runs): yyyy-MM-dd,"
          + " yyyy-MM, yyyy-Qn or yyyy, Asia/Shanghai calendar; default today. The configuration is"
          + " the registry's present one.";

  @EJB private MetrologyCompliance compliance;

  @GET
  @Path("/summary")
  @Produces({MediaType.APPLICATION_JSON, MetrologyXlsx.MEDIA_TYPE})
  @Operation(
      summary = "The summary of meter configuration (计量器具配备情况汇总) in the caller's scope",
      description =
          "One line per city, county or industry (GB/T 4754 division): units, units without a"
              + " registry, compliant and non-compliant units, meters in service, the configuration"
              + " rate reached at each level (configured / required metering points, percent),"
              + " accuracy compliance (meters meeting their required class / meters with a"
              + " requirement), expired calibrations and those due within"
              + " metrology.due-window-days. format=xlsx: the same as a workbook.")
  @APIResponse(responseCode = "200", description = "the lines, or the workbook")
  @APIResponse(responseCode = "400", description = "an unknown level, period or format")
  @APIResponse(responseCode = "403", description = "not a government role")
  public Response summary(
      @Parameter(description = "city (default), county or industry") @QueryParam("level")
          String level,
      @Parameter(description = PERIOD) @QueryParam("period") StatPeriod period,
      @Parameter(description = "xlsx for the workbook; absent for JSON") @QueryParam("format")
          String format) {
    LocalDate asOf = MetrologyCompliance.asOf(period);
    if (MetersResource.xlsx(format)) {
      String chosen = level == null || level.isBlank() ? "city" : level.strip();
      return MetersResource.attachment(
          compliance.summaryXlsx(level, asOf),
          "metrology-summary-" + chosen + "-" + asOf + ".xlsx",
          "计量器具配备情况汇总-" + chosen + "-" + asOf + ".xlsx");
    }
    List<SummaryRow> rows = compliance.summary(level, asOf);
    return Response.ok(rows, MediaType.APPLICATION_JSON).build();
  }

  @GET
  @Path("/summary/{code}/units")
  @Operation(
      summary = "The units of one line of the summary, non-compliant first",
      description =
          "Each with its verdict, reasons and counts; a unit's meters are at"
              + " /api/v1/units/{creditCode}/meters, its report at /api/v1/metrology/units/{creditCode}.")
  @APIResponse(responseCode = "200", description = "the units")
  @APIResponse(responseCode = "400", description = "an unknown level or period")
  @APIResponse(responseCode = "403", description = "not a government role")
  public List<UnitSummary> units(
      @Parameter(description = "the city, county or industry division code") @PathParam("code")
          String code,
      @Parameter(description = "city (default), county or industry") @QueryParam("level")
          String level,
      @Parameter(description = PERIOD) @QueryParam("period") StatPeriod period) {
    return compliance.units(level, code, MetrologyCompliance.asOf(period));
  }

  @GET
  @Path("/units/{creditCode}")
  @Operation(
      summary = "A unit's GB 17167 compliance report",
      description =
          "The configuration rate reached per level and energy type with the rate required (and"
              + " its source), the meters in service below their required accuracy class, those"
              + " whose calibration has expired or falls due within metrology.due-window-days, and"
              + " the verdict (COMPLIANT, NON_COMPLIANT, NO_REGISTRY) with its reasons."
              + " docs/metrology.md has worked examples.")
  @APIResponse(responseCode = "200", description = "the report")
  @APIResponse(responseCode = "400", description = "an unknown period")
  @APIResponse(
      responseCode = "403",
      description = "not allowed, or the unit lies outside the caller's scope")
  public UnitCompliance unit(
      @PathParam("creditCode") String creditCode,
      @Parameter(description = PERIOD) @QueryParam("period") StatPeriod period) {
    return compliance.unitReport(creditCode, MetrologyCompliance.asOf(period));
  }

  /** A metrology officer's notice to a unit. */
  public record NoticeText(String title, String body) {}

  /** The notice sent. */
  public record NoticeSent(long id) {}

  @POST
  @Path("/units/{creditCode}/notices")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Send a metrology notice to a unit (metrology officers)",
      description =
          "Kind metrology; the unit's users see it in their notices (GET /api/v1/notices).")
  @APIResponse(responseCode = "200", description = "the notice's id")
  @APIResponse(responseCode = "400", description = "no title or body, or one too long")
  @APIResponse(responseCode = "403", description = "not a metrology officer")
  public NoticeSent notice(@PathParam("creditCode") String creditCode, NoticeText text) {
    // the role is checked before the body: a caller who may not send learns nothing of its form
    return new NoticeSent(
        compliance.raiseNotice(
            creditCode, text == null ? null : text.title(), text == null ? null : text.body()));
  }
}
