package cn.nhjc.province.web.api;

import cn.nhjc.province.monitoring.application.OverviewService;
import cn.nhjc.province.monitoring.application.ProvinceOverview;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The overview page's figures. */
@Path("/overview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "monitoring", description = "能耗监测")
@SecurityRequirement(name = "keycloak")
public class OverviewResource {

  @EJB private OverviewService overview;

  @GET
  @Operation(
      summary = "Units and comprehensive energy (tce) by city for a month",
      description = "month is yyyy-MM; default the last complete month (Asia/Shanghai).")
  public ProvinceOverview get(@QueryParam("month") String month) {
    return overview.overview(parseMonth(month));
  }

  static YearMonth parseMonth(String month) {
    if (month == null || month.isBlank()) {
      return StatPeriod.lastCompleteMonth();
    }
    try {
      return YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("month must be yyyy-MM: " + month);
    }
  }
}
