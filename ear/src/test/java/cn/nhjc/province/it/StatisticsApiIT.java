package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.monitoring.domain.StatPeriod;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The statistics and quality API as its users meet it: figures that add up across levels, and scope
 * — a city official never sees another city's figures, an enterprise only its own.
 */
class StatisticsApiIT extends PlatformClientTest {

  private static final String MONTH = StatPeriod.lastCompleteMonth().toString();

  @BeforeAll
  static void rollupsAreCurrent() throws Exception {
    PlatformServicesSession.awaitCurrentRollups();
  }

  @Test
  void the_province_total_is_the_sum_of_its_cities_and_of_its_industry_sections() throws Exception {
    String token = Api.token(Api.Accounts.PROVINCE[0], Api.Accounts.PROVINCE[1]);
    JsonNode province = get("/api/v1/statistics/regions/130000?period=" + MONTH, token);
    BigDecimal total = province.path("comprehensiveTce").decimalValue();
    assertTrue(total.signum() > 0, province.toString());
    assertEquals("当量值", province.path("electricityConventionLabel").asText());
    BigDecimal cities = BigDecimal.ZERO;
    for (JsonNode city : get("/api/v1/statistics/regions?level=city&period=" + MONTH, token)) {
      cities = cities.add(city.path("comprehensiveTce").decimalValue());
    }
    assertSum(total, cities, "cities");
    BigDecimal sections = BigDecimal.ZERO;
    for (JsonNode section :
        get("/api/v1/statistics/industries?level=section&period=" + MONTH, token)) {
      sections = sections.add(section.path("comprehensiveTce").decimalValue());
    }
    assertSum(total, sections, "industry sections");
    BigDecimal quarters = BigDecimal.ZERO;
    int year = StatPeriod.lastCompleteMonth().getYear() - 1;
    for (int q = 1; q <= 4; q++) {
      quarters =
          quarters.add(
              get("/api/v1/statistics/regions/130000?period=" + year + "-Q" + q, token)
                  .path("comprehensiveTce")
                  .decimalValue());
    }
    BigDecimal wholeYear =
        get("/api/v1/statistics/regions/130000?period=" + year, token)
            .path("comprehensiveTce")
            .decimalValue();
    assertEquals(
        0, wholeYear.compareTo(quarters), "year " + wholeYear + " vs quarters " + quarters);
  }

  @Test
  void a_city_official_sees_the_city_and_its_counties_and_nothing_of_another_city()
      throws Exception {
    String token = Api.token(Api.Accounts.TANGSHAN[0], Api.Accounts.TANGSHAN[1]);
    JsonNode cities = get("/api/v1/statistics/regions?level=city&period=" + MONTH, token);
    assertEquals(1, cities.size(), cities.toString());
    assertEquals("130200", cities.path(0).path("code").asText());
    for (JsonNode county : get("/api/v1/statistics/regions?level=county&period=" + MONTH, token)) {
      assertTrue(county.path("code").asText().startsWith("1302"), county.toString());
    }
    assertEquals(403, status("/api/v1/statistics/regions/130100?period=" + MONTH, token));
    assertEquals(403, status("/api/v1/statistics/regions/130102?period=" + MONTH, token));
    assertEquals(403, status("/api/v1/statistics/regions/130000?period=" + MONTH, token));
    String other = unitOutside("1302");
    assertEquals(403, status("/api/v1/statistics/units/" + other + "?period=" + MONTH, token));

    BigDecimal city = cities.path(0).path("comprehensiveTce").decimalValue();
    BigDecimal sections = BigDecimal.ZERO;
    for (JsonNode section :
        get("/api/v1/statistics/industries?level=section&period=" + MONTH, token)) {
      sections = sections.add(section.path("comprehensiveTce").decimalValue());
    }
    assertSum(city, sections, "the city's industry sections");
  }

  @Test
  void an_enterprise_sees_its_own_figures_and_quality_only() throws Exception {
    String token = Api.token(Api.Accounts.ENTERPRISE[0], Api.Accounts.ENTERPRISE[1]);
    JsonNode own = get("/api/v1/statistics/units/91130271170000011R?period=" + MONTH, token);
    assertEquals("unit", own.path("kind").asText());
    assertFalse(own.path("energies").isEmpty(), own.toString());
    assertEquals(
        403,
        status(
            "/api/v1/statistics/units/" + unitOutside("9113027117") + "?period=" + MONTH, token));
    assertEquals(403, status("/api/v1/statistics/regions/130200?period=" + MONTH, token));
    JsonNode alarms = get("/api/v1/quality/alarms", token);
    for (JsonNode alarm : alarms.path("items")) {
      assertEquals("91130271170000011R", alarm.path("creditCode").asText());
    }
    assertEquals(200, status("/api/v1/units/91130271170000011R/quality?period=" + MONTH, token));
  }

  @Test
  void other_roles_and_bad_periods_are_refused() throws Exception {
    String supplier = Api.token(Api.Accounts.SUPPLIER_POWER[0], Api.Accounts.SUPPLIER_POWER[1]);
    assertEquals(403, status("/api/v1/statistics/regions/130000?period=" + MONTH, supplier));
    assertEquals(403, status("/api/v1/quality/alarms", supplier));
    String province = Api.token(Api.Accounts.PROVINCE[0], Api.Accounts.PROVINCE[1]);
    HttpResponse<String> bad =
        Api.get("/api/v1/statistics/regions/130000?period=2026-13", province, "application/json");
    assertEquals(400, bad.statusCode(), bad.body());
    assertTrue(bad.body().contains("yyyy-Qn"), bad.body());
    assertEquals(400, status("/api/v1/statistics/regions/130000?convention=other", province));
  }

  /**
   * Figures are served rounded to 6 decimals: a sum of served parts may differ from the served
   * whole by half a millionth per part.
   */
  private static void assertSum(BigDecimal whole, BigDecimal sumOfParts, String parts) {
    BigDecimal tolerance = new BigDecimal("0.00005");
    assertTrue(
        whole.subtract(sumOfParts).abs().compareTo(tolerance) <= 0,
        whole + " is not the sum of its " + parts + ", " + sumOfParts);
  }

  private static String unitOutside(String prefix) throws Exception {
    try (var db = PlatformServicesSession.database();
        var rows =
            db.createStatement()
                .executeQuery(
                    "select credit_code from key_unit where credit_code not like '"
                        + prefix
                        + "%' and region_code not like '1302%' order by id limit 1")) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static JsonNode get(String path, String token) throws Exception {
    HttpResponse<String> response = Api.get(path, token, "application/json");
    assertEquals(200, response.statusCode(), path + ": " + response.body());
    return Api.json(response);
  }

  private static int status(String path, String token) throws Exception {
    return Api.get(path, token, "application/json").statusCode();
  }
}
