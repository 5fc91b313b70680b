package cn.nhjc.province.web.api;

import cn.nhjc.province.monitoring.application.reports.StatisticsReports;
import cn.nhjc.province.monitoring.application.reports.XlsxReport;
import cn.nhjc.province.monitoring.domain.ElectricityConvention;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.platform.input.Quote;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Statistics reports (能耗统计表) of regions, industries and units as XLSX downloads: the figures of
 * {@link StatisticsResource} in the caller's scope, with title, period, electricity convention,
 * units of measure, generation time and data snapshot. The role check is the EJB's: enterprises and
 * suppliers get 403.
 */
@Path("/reports")
@Produces(XlsxReport.MEDIA_TYPE)
@Tag(name = "statistics")
@SecurityRequirement(name = "keycloak")
public class ReportsResource {

  private static final String XLSX = "xlsx";

  @EJB private StatisticsReports reports;

  @GET
  @Path("/{kind}")
  @Operation(
      summary = "A statistics report as an XLSX workbook",
      description =
          "kind regions (level city, the default, or county), industries (level section,"
              + " division, the default, group or class) or units (every key unit in the caller's"
              + " scope, optionally within region). One sheet: a header block (title, 统计期, 电力折算,"
              + " 计量单位, 生成时间, 数据快照: whether the period is closed and when its figures were"
              + " computed), then one row per region, industry or unit with comprehensiveTce, each"
              + " energy type's net physical amount and tce, value added and intensity per value"
              + " added, as numeric cells. The same snapshot gives the same numbers; a city"
              + " official's report holds only the city.")
  @APIResponse(
      responseCode = "200",
      description = "the workbook, as an attachment",
      content =
          @Content(
              mediaType = XlsxReport.MEDIA_TYPE,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "400",
      description =
          "an unknown kind, level, period, convention or region, or a format other than xlsx")
  @APIResponse(responseCode = "403", description = "not a government role")
  public Response report(
      @Parameter(description = "regions, industries or units") @PathParam("kind") String kind,
      @Parameter(description = StatisticsResource.PERIOD) @QueryParam("period") StatPeriod period,
      @Parameter(
              description =
                  "regions: city or county; industries: section, division, group or class")
          @QueryParam("level")
          String level,
      @Parameter(description = StatisticsResource.CONVENTION) @QueryParam("convention")
          ElectricityConvention convention,
      @Parameter(description = "units only: a city or county code that narrows the list")
          @QueryParam("region")
          String region,
      @Parameter(description = "xlsx (the default and, for now, the only format)")
          @QueryParam("format")
          String format) {
    if (format != null && !format.isBlank() && !XLSX.equalsIgnoreCase(format.trim())) {
      throw new IllegalArgumentException("format must be xlsx: " + Quote.of(format));
    }
    StatPeriod chosen = StatPeriod.orDefault(period);
    byte[] workbook;
    String name;
    switch (kind) {
      case "regions" -> {
        workbook = reports.regions(level, chosen, convention);
        name = "地区";
      }
      case "industries" -> {
        workbook = reports.industries(level, chosen, convention);
        name = "行业";
      }
      case "units" -> {
        workbook = reports.units(chosen, convention, region);
        name = "重点用能单位";
      }
      default ->
          throw new IllegalArgumentException(
              "kind must be regions, industries or units: " + Quote.of(kind));
    }
    String suffix =
        (level == null || level.isBlank() || "units".equals(kind) ? "" : "-" + level.trim())
            + "-"
            + chosen;
    String ascii = "energy-report-" + kind + suffix + "." + XLSX;
    String file = "能耗统计表-" + name + suffix + "." + XLSX;
    return Response.ok(workbook, XlsxReport.MEDIA_TYPE)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\""
                + ascii.replaceAll("[^A-Za-z0-9._-]", "_")
                + "\"; filename*=UTF-8''"
                + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20"))
        .build();
  }
}
