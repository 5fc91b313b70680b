package cn.nhjc.province.web.api;

import cn.nhjc.province.exchange.application.EnergyTypeOption;
import cn.nhjc.province.exchange.application.Reconciliation;
import cn.nhjc.province.exchange.application.ReconciliationReport;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.platform.input.Quote;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Suppliers' figures against the units' reported purchases. */
@Path("/reconciliation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "monitoring", description = "能耗监测")
@SecurityRequirement(name = "keycloak")
public class ReconciliationResource {

  @EJB private Reconciliation reconciliation;

  @GET
  @Operation(
      summary = "Supply reconciliation of one energy type in one month",
      description =
          "period yyyy-MM (default the last complete month), energyType a dictionary-8 code"
              + " (3300 power, 1500 gas, 3200 heat). Per unit with a supplier figure or a reported"
              + " purchase: supplied (the suppliers' monthly figures, or their daily ones summed),"
              + " reported (monthly whole-plant purchase readings, else consumption readings),"
              + " difference = reported − supplied, differenceRate = difference ÷ supplied (null"
              + " when nothing was supplied), flagged when |rate| exceeds the setting"
              + " exchange.reconciliation-tolerance; largest |rate| first. Province officials,"
              + " supervisors and administrators see the province, a city official the own city.")
  @APIResponse(responseCode = "400", description = "bad period or energy type")
  @APIResponse(responseCode = "403", description = "any other role")
  public ReconciliationReport get(
      @QueryParam("period") String period, @QueryParam("energyType") String energyType) {
    return reconciliation.reconcile(parseMonth(period), energyType);
  }

  @GET
  @Path("/energy-types")
  @Operation(summary = "The energy types the registered suppliers supply")
  public List<EnergyTypeOption> energyTypes() {
    return reconciliation.suppliedEnergyTypes();
  }

  static YearMonth parseMonth(String month) {
    if (month == null || month.isBlank()) {
      return StatPeriod.lastCompleteMonth();
    }
    try {
      return YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("month must be yyyy-MM: " + Quote.of(month));
    }
  }
}
