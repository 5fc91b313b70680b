package cn.nhjc.province.web.api;

import cn.nhjc.province.monitoring.application.overview.EnergyMonitoring;
import cn.nhjc.province.monitoring.application.overview.Overview;
import cn.nhjc.province.monitoring.application.overview.Ranking;
import cn.nhjc.province.monitoring.domain.ElectricityConvention;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Energy monitoring (Part 9 §4.2.1): what the government overview and rankings pages show, from the
 * rollups, in the caller's scope.
 */
@Path("/monitoring")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "monitoring", description = "能耗监测：总览与排名")
@SecurityRequirement(name = "keycloak")
public class MonitoringResource {

  private static final String REGION =
      "a region code: the province (default for province officials), a city (default for city"
          + " officials) or a county in the caller's scope";

  @EJB private EnergyMonitoring monitoring;

  @GET
  @Path("/overview")
  @Operation(
      summary = "The overview of a region for a period",
      description =
          "Key figures (comprehensive energy consumption in tce, electricity, raw coal and natural"
              + " gas in physical units, intensity per value added), each with the same period"
              + " a year before and the previous period and the changes in per cent; the energy"
              + " mix; per-fuel statistics; the regions one level below (cities of the province,"
              + " counties of a city) with total, electricity, intensity, changes and data"
              + " completeness, as the map shows them.")
  @APIResponse(responseCode = "403", description = "the region lies outside the caller's scope")
  public Overview overview(
      @Parameter(description = REGION) @QueryParam("region") String region,
      @Parameter(description = StatisticsResource.PERIOD) @QueryParam("period") StatPeriod period,
      @Parameter(description = StatisticsResource.CONVENTION) @QueryParam("convention")
          ElectricityConvention convention) {
    return monitoring.overview(region, StatPeriod.orDefault(period), convention);
  }

  @GET
  @Path("/rankings")
  @Operation(
      summary = "The regions below a region, ranked",
      description =
          "by: total (default), intensity, change (year on year), periodChange or completeness;"
              + " order: desc (default) or asc. Regions without the measure come last.")
  @APIResponse(responseCode = "403", description = "the region lies outside the caller's scope")
  public Ranking rankings(
      @Parameter(description = REGION) @QueryParam("region") String region,
      @Parameter(description = StatisticsResource.PERIOD) @QueryParam("period") StatPeriod period,
      @Parameter(description = StatisticsResource.CONVENTION) @QueryParam("convention")
          ElectricityConvention convention,
      @QueryParam("by") String by,
      @QueryParam("order") String order) {
    return monitoring.rankings(region, StatPeriod.orDefault(period), convention, by, order);
  }
}
