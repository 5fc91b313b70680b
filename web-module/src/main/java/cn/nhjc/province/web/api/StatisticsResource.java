package cn.nhjc.province.web.api;

import cn.nhjc.province.monitoring.application.statistics.Figures;
import cn.nhjc.province.monitoring.application.statistics.Statistics;
import cn.nhjc.province.monitoring.domain.ElectricityConvention;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GB/T 2589 figures (docs/accounting.md) of units, regions and industries, from the rollups, in the
 * caller's scope.
 */
@Path("/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "statistics", description = "能耗统计（GB/T 2589）")
@SecurityRequirement(name = "keycloak")
public class StatisticsResource {

  static final String PERIOD =
      "yyyy-MM-dd (day), yyyy-MM (month), yyyy-Qn (quarter) or yyyy (year), Asia/Shanghai"
          + " calendar; default the last complete month";

  static final String CONVENTION =
      "equivalent (当量值) or equal-value (等价值); default the province's setting"
          + " accounting.electricity-convention";

  @EJB private Statistics statistics;

  @GET
  @Path("/units/{creditCode}")
  @Operation(
      summary = "A unit's figures for a period",
      description =
          "Per energy type: consumed, sent out, net physical amount, unit, coefficient (kgce per"
              + " unit, the one in force; effective for quarters and years), tce and share;"
              + " comprehensiveTce under the electricity convention named in"
              + " electricityConvention (both conventions also given); output value, value added,"
              + " intensities; products with unit consumption graded against their limit"
              + " standards.")
  @APIResponse(responseCode = "403", description = "the unit lies outside the caller's scope")
  public Figures unit(
      @PathParam("creditCode") String creditCode,
      @Parameter(description = PERIOD) @QueryParam("period") StatPeriod period,
      @Parameter(description = CONVENTION) @QueryParam("convention")
          ElectricityConvention convention) {
    return statistics.unit(creditCode, StatPeriod.orDefault(period), convention);
  }

  @GET
  @Path("/regions")
  @Operation(
      summary = "The figures of every region of one level in the caller's scope",
      description =
          "level city (default: the province's cities and the county-level cities it administers"
              + " directly) or county. A city official gets their city or its counties.")
  public List<Figures> regions(
      @QueryParam("level") String level,
      @Parameter(description = PERIOD) @QueryParam("period") StatPeriod period,
      @Parameter(description = CONVENTION) @QueryParam("convention")
          ElectricityConvention convention) {
    return statistics.regions(level, StatPeriod.orDefault(period), convention);
  }

  @GET
  @Path("/regions/{code}")
  @Operation(summary = "One region's figures: the province, a city or a county")
  @APIResponse(responseCode = "403", description = "the region lies outside the caller's scope")
  public Figures region(
      @PathParam("code") String code,
      @Parameter(description = PERIOD) @QueryParam("period") StatPeriod period,
      @Parameter(description = CONVENTION) @QueryParam("convention")
          ElectricityConvention convention) {
    return statistics.region(code, StatPeriod.orDefault(period), convention);
  }

  @GET
  @Path("/industries")
  @Operation(
      summary = "The figures of every industry of one GB/T 4754 level that has units",
      description =
          "level section, division (default), group or class. A city official gets the figures"
              + " of the city's units only.")
  public List<Figures> industries(
      @QueryParam("level") String level,
      @Parameter(description = PERIOD) @QueryParam("period") StatPeriod period,
      @Parameter(description = CONVENTION) @QueryParam("convention")
          ElectricityConvention convention) {
    return statistics.industries(level, StatPeriod.orDefault(period), convention);
  }

  @GET
  @Path("/industries/{code}")
  @Operation(summary = "One industry's figures (any GB/T 4754 level)")
  public Figures industry(
      @PathParam("code") String code,
      @Parameter(description = PERIOD) @QueryParam("period") StatPeriod period,
      @Parameter(description = CONVENTION) @QueryParam("convention")
          ElectricityConvention convention) {
    return statistics.industry(code, StatPeriod.orDefault(period), convention);
  }
}
