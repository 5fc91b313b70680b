package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Energy monitoring (issue 5): the overview and rankings API and pages on the demo province, read
 * from the rollups, and the city official's scope on every page, endpoint and export of it.
 */
class MonitoringIT extends PlatformClientTest {

  private static final String PERIOD =
      YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1).toString();
  private static String province;
  private static String tangshan;

  @BeforeAll
  static void tokens() throws Exception {
    PlatformServicesSession.awaitCurrentRollups();
    province = Api.token(Api.Accounts.PROVINCE[0], Api.Accounts.PROVINCE[1]);
    tangshan = Api.token(Api.Accounts.TANGSHAN[0], Api.Accounts.TANGSHAN[1]);
  }

  @Test
  void overview_of_the_province_sums_its_cities_and_compares_with_last_year() throws Exception {
    JsonNode overview = get("/api/v1/monitoring/overview?period=" + PERIOD, province);
    assertEquals("130000", overview.path("regionCode").asText());
    assertEquals("province", overview.path("level").asText());
    assertEquals("city", overview.path("childLevel").asText());
    JsonNode cities = overview.path("subRegions");
    assertEquals(11, cities.size(), "Hebei's 11 cities");
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode city : cities) {
      sum = sum.add(city.path("comprehensiveTce").decimalValue());
    }
    JsonNode total = key(overview, "comprehensiveTce");
    // every figure is served rounded to 6 decimals: the rounded cities may differ from the rounded
    // province by half a millionth each, and the province itself by as much
    BigDecimal difference = sum.subtract(total.path("value").decimalValue()).abs();
    BigDecimal rounding =
        new BigDecimal("0.0000005").multiply(BigDecimal.valueOf(cities.size() + 1L));
    assertTrue(
        difference.compareTo(rounding) <= 0,
        () -> "cities add up to the province: off by " + difference + "; " + sums());
    assertTrue(sum.signum() > 0, "the cities have figures");
    // the same figure as the statistics API, and the year-on-year change from its base
    JsonNode statistics = get("/api/v1/statistics/regions/130000?period=" + PERIOD, province);
    assertEquals(
        0,
        statistics
            .path("comprehensiveTce")
            .decimalValue()
            .compareTo(total.path("value").decimalValue()));
    String lastYear = YearMonth.parse(PERIOD).minusYears(1).toString();
    assertEquals(lastYear, overview.path("sameLastYear").asText());
    BigDecimal base =
        get("/api/v1/statistics/regions/130000?period=" + lastYear, province)
            .path("comprehensiveTce")
            .decimalValue();
    assertEquals(0, base.compareTo(total.path("sameLastYear").decimalValue()));
    assertTrue(base.signum() > 0, "the demo province has a year of history");
    BigDecimal change =
        total
            .path("value")
            .decimalValue()
            .subtract(base)
            .multiply(BigDecimal.valueOf(100))
            .divide(base, 2, RoundingMode.HALF_UP);
    assertEquals(0, change.compareTo(total.path("yearOnYear").decimalValue()));
    assertEquals("kWh", key(overview, "electricity").path("unit").asText());
    assertTrue(key(overview, "electricity").path("value").decimalValue().signum() > 0);
    assertFalse(overview.path("mix").isEmpty(), "energy mix");
    assertFalse(overview.path("energies").isEmpty(), "per-fuel statistics");
    // ranked by total, highest first
    for (int i = 1; i < cities.size(); i++) {
      assertTrue(
          cities
                  .get(i - 1)
                  .path("comprehensiveTce")
                  .decimalValue()
                  .compareTo(cities.get(i).path("comprehensiveTce").decimalValue())
              >= 0);
      assertEquals(i + 1, cities.get(i).path("rank").asInt());
    }
  }

  @Test
  void api_answers_carry_the_servers_own_time() throws Exception {
    // what the monitoring benchmark reads as the server time (docs/benchmarks.md)
    HttpResponse<String> answer =
        Api.get("/api/v1/monitoring/overview?period=" + PERIOD, province, "application/json");
    assertEquals(200, answer.statusCode());
    String timing = answer.headers().firstValue("Server-Timing").orElse("");
    assertTrue(timing.matches("app;dur=\\d+\\.\\d"), timing);
  }

  @Test
  void rankings_order_by_the_measure_asked_with_missing_values_last() throws Exception {
    JsonNode ranking =
        get("/api/v1/monitoring/rankings?period=" + PERIOD + "&by=intensity&order=asc", province);
    assertEquals("intensity", ranking.path("by").asText());
    List<BigDecimal> values = new ArrayList<>();
    boolean missingSeen = false;
    for (JsonNode region : ranking.path("regions")) {
      JsonNode value = region.path("intensityPerValueAdded");
      if (value.isNull() || value.isMissingNode()) {
        missingSeen = true;
      } else {
        assertFalse(missingSeen, "a region with an intensity after one without");
        values.add(value.decimalValue());
      }
    }
    assertTrue(values.size() >= 2, ranking.toString());
    for (int i = 1; i < values.size(); i++) {
      assertTrue(values.get(i - 1).compareTo(values.get(i)) <= 0, values.toString());
    }
    HttpResponse<String> bad =
        Api.get("/api/v1/monitoring/rankings?by=colour", province, "application/json");
    assertEquals(400, bad.statusCode(), bad.body());
    assertTrue(bad.body().contains("colour"), bad.body());
  }

  @Test
  void overview_and_rankings_pages_render_the_figures_and_drill_to_a_city() throws Exception {
    JsonNode overview = get("/api/v1/monitoring/overview?period=" + PERIOD, province);
    String html = page("/gov/index.xhtml?period=" + PERIOD, province);
    assertTrue(html.contains("河北省 · 能耗监测总览"), "title");
    assertTrue(html.contains("id=\"map-data\""), "the map's data");
    assertTrue(html.contains("/resources/echarts/province/hebei.json"), "the outline");
    for (JsonNode city : overview.path("subRegions")) {
      assertTrue(html.contains(city.path("name").asText()), city.toString());
    }
    String drilled = page("/gov/index.xhtml?region=130200&period=" + PERIOD, province);
    assertTrue(drilled.contains("唐山市 · 能耗监测总览"));
    assertTrue(drilled.contains("各县区能耗"));
    assertTrue(drilled.contains("路北区"), "a county of Tangshan");

    String rankings =
        page("/gov/monitoring/rankings.xhtml?period=" + PERIOD + "&by=completeness", province);
    assertTrue(rankings.contains("地区排名"));
    assertTrue(rankings.contains("石家庄市"));
    // a wrong period gets the page's own message, not an error page
    String wrong = page("/gov/index.xhtml?period=2026-13", province);
    assertTrue(wrong.contains("period must be"), "the page's message");
  }

  @Test
  void statistics_pages_drill_from_region_to_unit_detail() throws Exception {
    String regions =
        page(
            "/gov/monitoring/statistics.xhtml?dim=region&region=130200&period=" + PERIOD, province);
    assertTrue(regions.contains("路北区"));
    String industries =
        page(
            "/gov/monitoring/statistics.xhtml?dim=industry&level=division&period=" + PERIOD,
            province);
    assertTrue(industries.contains("水泥") || industries.contains("非金属矿物制品业"), "a division");
    String units =
        page("/gov/monitoring/statistics.xhtml?dim=unit&region=130203&period=" + PERIOD, province);
    String code;
    try (var db = PlatformServicesSession.database();
        var row =
            db.createStatement()
                .executeQuery(
                    "select credit_code, name from key_unit where region_code = '130203'"
                        + " order by credit_code limit 1")) {
      assertTrue(row.next(), "a demo unit in 路北区");
      code = row.getString(1);
      assertTrue(units.contains(row.getString(2)), "the unit is listed");
    }
    String detail = page("/gov/monitoring/unit.xhtml?unit=" + code + "&period=" + PERIOD, province);
    assertTrue(detail.contains(code));
    assertTrue(detail.contains("id=\"trend-data\""));
    assertTrue(detail.contains("数据质量"));
    // no unit asked for: the page says how to choose one
    String none = page("/gov/monitoring/unit.xhtml?period=" + PERIOD, province);
    assertTrue(none.contains("请选择一个用能单位"), none);
    assertFalse(none.contains("id=\"trend-data\""));
  }

  @Test
  void city_official_sees_the_own_city_and_never_another() throws Exception {
    JsonNode own = get("/api/v1/monitoring/overview?period=" + PERIOD, tangshan);
    assertEquals("130200", own.path("regionCode").asText());
    for (JsonNode county : own.path("subRegions")) {
      assertTrue(county.path("code").asText().startsWith("1302"), county.toString());
    }
    for (String path :
        List.of(
            "/api/v1/monitoring/overview?region=130100",
            "/api/v1/monitoring/overview?region=130000",
            "/api/v1/monitoring/rankings?region=130100",
            "/api/v1/monitoring/overview?region=130102")) {
      HttpResponse<String> refused = Api.get(path, tangshan, "application/json");
      assertEquals(403, refused.statusCode(), path + ": " + refused.body());
    }
    for (String path :
        List.of(
            "/gov/index.xhtml?region=130100",
            "/gov/monitoring/rankings.xhtml?region=130000",
            "/gov/monitoring/statistics.xhtml?dim=region&region=130100")) {
      assertEquals(403, Api.get(path, tangshan, "text/html").statusCode(), path);
    }
    String shijiazhuangUnit;
    try (var db = PlatformServicesSession.database();
        var row =
            db.createStatement()
                .executeQuery(
                    "select credit_code from key_unit where region_code like '1301%' limit 1")) {
      assertTrue(row.next());
      shijiazhuangUnit = row.getString(1);
    }
    assertEquals(
        403,
        Api.get("/gov/monitoring/unit.xhtml?unit=" + shijiazhuangUnit, tangshan, "text/html")
            .statusCode());
    // the unit listing narrowed to another city is refused, as the other city's figures are
    assertEquals(
        403,
        Api.get(
                "/gov/monitoring/statistics.xhtml?dim=unit&region=130100&period=" + PERIOD,
                tangshan,
                "text/html")
            .statusCode());
    // the own city's page is there, with its counties only
    String page = page("/gov/index.xhtml?period=" + PERIOD, tangshan);
    assertTrue(page.contains("唐山市 · 能耗监测总览"));
    assertFalse(page.contains("石家庄市"), "no other city on the city official's overview");
  }

  @Test
  void enterprise_user_gets_403_from_monitoring() throws Exception {
    String enterprise = Api.token(Api.Accounts.ENTERPRISE[0], Api.Accounts.ENTERPRISE[1]);
    assertEquals(
        403, Api.get("/api/v1/monitoring/overview", enterprise, "application/json").statusCode());
    assertEquals(
        403, Api.get("/gov/monitoring/rankings.xhtml", enterprise, "text/html").statusCode());
  }

  @Test
  void public_home_page_renders_without_login() throws Exception {
    HttpResponse<String> page = Api.get("/", null, "text/html");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("石家庄市"));
  }

  @Test
  void echarts_and_the_province_outlines_are_served_without_login() throws Exception {
    HttpResponse<String> library = Api.get("/resources/echarts/echarts.min.js", null, "*/*");
    assertEquals(200, library.statusCode());
    assertTrue(
        library.body().contains("Apache Software Foundation"), "the library's licence header");
    HttpResponse<String> hebei = Api.get("/resources/echarts/province/hebei.json", null, "*/*");
    assertEquals(200, hebei.statusCode());
    assertTrue(Api.json(hebei).path("features").size() > 0);
    assertTrue(hebei.body().contains("石家庄市"), "the outlines of Hebei's cities");
    HttpResponse<String> license = Api.get("/resources/echarts/LICENSE", null, "*/*");
    assertEquals(200, license.statusCode());
    assertTrue(license.body().contains("Apache License"));
  }

  /** Per city and for the province: the group rows' tce and the units' own rows summed. */
  private static String sums() {
    String sql =
        "select g.code, g.tce, g.units, (select sum(e.tce) from unit_period_energy e join key_unit"
            + " u on u.id = e.unit_id where e.period_type = 'M' and e.period_start = g.period_start"
            + " and (g.code = '130000' or u.region_code like substr(g.code, 1, 4) || '%')),"
            + " (select count(distinct e.unit_id) from unit_period_energy e join key_unit u on u.id"
            + " = e.unit_id where e.period_type = 'M' and e.period_start = g.period_start and"
            + " (g.code = '130000' or u.region_code like substr(g.code, 1, 4) || '%'))"
            + " from group_period_total g where g.dim = 'R' and g.period_type = 'M'"
            + " and g.period_start = date '"
            + PERIOD
            + "-01' and g.code like '13__00' order by g.code";
    StringBuilder rows = new StringBuilder("code, group tce, group units, units' tce, units: ");
    try (var db = PlatformServicesSession.database();
        var result = db.createStatement().executeQuery(sql)) {
      while (result.next()) {
        rows.append(
            String.format(
                "%s %s %s %s %s; ",
                result.getString(1),
                result.getBigDecimal(2),
                result.getInt(3),
                result.getBigDecimal(4),
                result.getInt(5)));
      }
    } catch (Exception e) {
      rows.append(e);
    }
    return rows.toString();
  }

  private static JsonNode key(JsonNode overview, String key) {
    for (JsonNode figure : overview.path("keyFigures")) {
      if (figure.path("key").asText().equals(key)) {
        return figure;
      }
    }
    throw new AssertionError("no key figure " + key + " in " + overview);
  }

  private static JsonNode get(String path, String token) throws Exception {
    HttpResponse<String> response = Api.get(path, token, "application/json");
    assertEquals(200, response.statusCode(), path + ": " + response.body());
    JsonNode json = Api.json(response);
    assertNotNull(json);
    return json;
  }

  private static String page(String path, String token) throws Exception {
    HttpResponse<String> response = Api.get(path, token, "text/html");
    assertEquals(200, response.statusCode(), path);
    assertFalse(response.body().contains("Exception"), path);
    return response.body();
  }
}
