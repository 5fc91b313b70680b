package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.efficiency.domain.PeerDistribution;
import cn.nhjc.province.efficiency.domain.RegionScore;
import cn.nhjc.province.efficiency.domain.SavingPotential;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The efficiency API on the demo province (docs/efficiency.md): the rows computed from the rollups
 * agree with the statistics and with the limit standards; percentiles and quartiles are those of
 * the peers' values as listed; scope: a city official sees the own city's units, an enterprise its
 * own position and the anonymous distribution only.
 */
class EfficiencyApiIT extends PlatformClientTest {

  private static final String MONTH = EfficiencyData.MONTH;
  private static final String OWN = EfficiencyData.OWN;

  @BeforeAll
  static void efficiencyIsComputed() throws Exception {
    EfficiencyData.awaitComputed();
  }

  @Test
  void percentiles_and_quartiles_are_those_of_the_listed_peers() throws Exception {
    String token = Api.token(Api.Accounts.PROVINCE[0], Api.Accounts.PROVINCE[1]);
    String product = EfficiencyData.busiestProduct();
    JsonNode benchmarks =
        get("/api/v1/efficiency/benchmark?product=" + product + "&period=" + MONTH, token);
    assertFalse(benchmarks.isEmpty(), benchmarks.toString());
    for (JsonNode b : benchmarks) {
      List<BigDecimal> complete = new ArrayList<>();
      int incomplete = 0;
      for (JsonNode u : b.path("units")) {
        if (u.path("complete").asBoolean()) {
          complete.add(u.path("value").decimalValue());
        } else {
          incomplete++;
        }
      }
      JsonNode d = b.path("distribution");
      assertEquals(complete.size(), d.path("peers").asInt(), b.toString());
      assertEquals(incomplete, d.path("excluded").asInt(), b.toString());
      if (complete.isEmpty()) {
        continue;
      }
      PeerDistribution expected = PeerDistribution.of(complete);
      assertEquals(0, expected.best().compareTo(d.path("best").decimalValue()), d.toString());
      assertEquals(0, expected.q1().compareTo(d.path("q1").decimalValue()), d.toString());
      assertEquals(0, expected.median().compareTo(d.path("median").decimalValue()), d.toString());
      assertEquals(0, expected.q3().compareTo(d.path("q3").decimalValue()), d.toString());
      for (JsonNode u : b.path("units")) {
        if (u.path("complete").asBoolean() && complete.size() > 1) {
          BigDecimal percentile =
              PeerDistribution.percentile(u.path("value").decimalValue(), complete);
          assertEquals(0, percentile.compareTo(u.path("percentile").decimalValue()), u.toString());
        }
      }
    }
  }

  @Test
  void a_units_indicators_agree_with_its_statistics_and_the_limit_standard() throws Exception {
    String token = Api.token(Api.Accounts.PROVINCE[0], Api.Accounts.PROVINCE[1]);
    String product = EfficiencyData.busiestProduct();
    JsonNode benchmark =
        get("/api/v1/efficiency/benchmark?product=" + product + "&period=" + MONTH, token).path(0);
    JsonNode peer = benchmark.path("units").path(0);
    String code = peer.path("creditCode").asText();
    JsonNode unit = get("/api/v1/efficiency/units/" + code + "?period=" + MONTH, token);
    assertNotNull(unit.path("computedAt").textValue(), unit.toString());
    JsonNode figures = get("/api/v1/statistics/units/" + code + "?period=" + MONTH, token);
    JsonNode indicator = find(unit.path("indicators"), benchmark.path("indicator").asText());
    JsonNode grade = null;
    for (JsonNode p : figures.path("products")) {
      for (JsonNode g : p.path("grades")) {
        if (g.path("limitStandard").asText().equals(indicator.path("indicator").asText())) {
          grade = g;
        }
      }
    }
    assertNotNull(grade, figures.toString());
    assertEquals(
        0, grade.path("value").decimalValue().compareTo(indicator.path("value").decimalValue()));
    assertEquals(grade.path("grade").asText(), indicator.path("grade").asText());
    assertEquals(
        0,
        grade
            .path("grade1")
            .decimalValue()
            .compareTo(indicator.path("advancedValue").decimalValue()));
    assertEquals(
        0,
        grade
            .path("grade2")
            .decimalValue()
            .compareTo(indicator.path("accessValue").decimalValue()));
    assertEquals(
        0,
        grade.path("grade3").decimalValue().compareTo(indicator.path("limitValue").decimalValue()));
    assertEquals(
        0,
        indicator
            .path("value")
            .decimalValue()
            .subtract(indicator.path("advancedValue").decimalValue())
            .compareTo(indicator.path("distanceToAdvanced").decimalValue()));
    if (indicator.path("unit").asText().startsWith("kgce")) {
      BigDecimal saving =
          SavingPotential.tce(
              indicator.path("value").decimalValue(),
              indicator.path("advancedValue").decimalValue(),
              indicator.path("output").decimalValue(),
              "kgce",
              null);
      assertEquals(
          0, saving.compareTo(indicator.path("savingTce").decimalValue()), indicator.toString());
    }
    if (peer.path("percentile").isNumber()) {
      assertEquals(
          0,
          peer.path("percentile")
              .decimalValue()
              .compareTo(indicator.path("percentile").decimalValue()));
    }
    assertEquals(13, unit.path("trend").path(0).path("points").size(), unit.toString());
  }

  @Test
  void an_enterprise_sees_its_own_position_and_no_other_unit() throws Exception {
    String token = Api.token(Api.Accounts.ENTERPRISE[0], Api.Accounts.ENTERPRISE[1]);
    JsonNode own = get("/api/v1/efficiency/units/" + OWN + "?period=" + MONTH, token);
    assertEquals(OWN, own.path("creditCode").asText());
    assertFalse(own.path("indicators").isEmpty(), own.toString());
    String other = EfficiencyData.unitOutside();
    assertEquals(403, status("/api/v1/efficiency/units/" + other + "?period=" + MONTH, token));
    JsonNode benchmarks =
        get(
            "/api/v1/efficiency/benchmark?product="
                + EfficiencyData.busiestProduct()
                + "&period="
                + MONTH,
            token);
    for (JsonNode b : benchmarks) {
      assertTrue(b.path("units").isEmpty(), b.toString());
      assertTrue(b.path("policy").isNull() || b.path("policy").isMissingNode(), b.toString());
    }
    assertFalse(benchmarks.toString().contains(other), "no other unit's code");
  }

  @Test
  void a_city_official_lists_the_own_citys_units_only() throws Exception {
    String token = Api.token(Api.Accounts.TANGSHAN[0], Api.Accounts.TANGSHAN[1]);
    String product = EfficiencyData.busiestProduct();
    for (JsonNode b :
        get("/api/v1/efficiency/benchmark?product=" + product + "&period=" + MONTH, token)) {
      for (JsonNode u : b.path("units")) {
        assertTrue(u.path("regionCode").asText().startsWith("1302"), u.toString());
      }
    }
    assertEquals(
        403, status("/api/v1/efficiency/benchmark?product=" + product + "&region=130100", token));
    assertEquals(
        403,
        status(
            "/api/v1/efficiency/units/" + EfficiencyData.unitOutside() + "?period=" + MONTH,
            token));
  }

  @Test
  void lists_come_as_xlsx_and_bad_input_is_a_400() throws Exception {
    String token = Api.token(Api.Accounts.PROVINCE[0], Api.Accounts.PROVINCE[1]);
    String product = EfficiencyData.busiestProduct();
    HttpResponse<byte[]> xlsx =
        Api.getBytes(
            "/api/v1/efficiency/benchmark?product=" + product + "&period=" + MONTH + "&format=xlsx",
            token,
            "*/*");
    assertEquals(200, xlsx.statusCode());
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertEquals("能效对标", workbook.getSheetName(0));
      assertTrue(workbook.getSheetAt(0).getLastRowNum() >= 4);
    }
    HttpResponse<byte[]> unitXlsx =
        Api.getBytes("/api/v1/efficiency/units/" + OWN + "?format=xlsx", token, "*/*");
    assertEquals(200, unitXlsx.statusCode());
    for (String bad :
        List.of(
            "/api/v1/efficiency/benchmark?product=9999",
            "/api/v1/efficiency/benchmark",
            "/api/v1/efficiency/benchmark?indicator=intensity-output&industry=C30",
            "/api/v1/efficiency/benchmark?product=" + product + "&period=2026-13",
            "/api/v1/efficiency/units/" + OWN + "?period=2026-03-01",
            "/api/v1/efficiency/units/" + OWN + "?format=pdf")) {
      HttpResponse<String> answer = Api.get(bad, token, "application/json");
      assertEquals(400, answer.statusCode(), bad + ": " + answer.body());
      assertTrue(answer.body().contains("\"detail\""), answer.body());
    }
  }

  @Test
  void regions_are_ranked_by_their_score_and_each_watch_entry_names_its_rule() throws Exception {
    String token = Api.token(Api.Accounts.PROVINCE[0], Api.Accounts.PROVINCE[1]);
    JsonNode evaluation = get("/api/v1/efficiency/regions?level=city&period=" + MONTH, token);
    RegionScore scorer =
        RegionScore.of(
            evaluation.path("weights").asText(), evaluation.path("intensitySpan").asText());
    JsonNode regions = evaluation.path("regions");
    assertTrue(regions.size() >= 11, "the cities: " + regions);
    BigDecimal previous = null;
    for (JsonNode r : regions) {
      BigDecimal score = r.path("score").isNumber() ? r.path("score").decimalValue() : null;
      BigDecimal expected =
          scorer.score(
              decimal(r, "intensityChange"),
              decimal(r, "advancedShare"),
              decimal(r, "overLimitShare"),
              decimal(r, "completeShare"));
      assertTrue(
          expected == null ? score == null : score != null && expected.compareTo(score) == 0,
          expected + " ≠ " + r);
      if (previous != null && score != null) {
        assertTrue(previous.compareTo(score) >= 0, "ranked by score: " + regions);
      }
      previous = score == null ? previous : score;
    }
    for (JsonNode w : evaluation.path("watchList")) {
      assertTrue(
          List.of("intensity-rising", "units-over-limit", "over-limit")
              .contains(w.path("rule").asText()),
          w.toString());
    }
    String city = Api.token(Api.Accounts.TANGSHAN[0], Api.Accounts.TANGSHAN[1]);
    for (JsonNode r :
        get("/api/v1/efficiency/regions?level=county&period=" + MONTH, city).path("regions")) {
      assertTrue(r.path("code").asText().startsWith("1302"), r.toString());
    }
    String enterprise = Api.token(Api.Accounts.ENTERPRISE[0], Api.Accounts.ENTERPRISE[1]);
    assertEquals(403, status("/api/v1/efficiency/regions", enterprise));
    assertEquals(400, status("/api/v1/efficiency/regions?level=town", token));
  }

  private static BigDecimal decimal(JsonNode node, String field) {
    return node.path(field).isNumber() ? node.path(field).decimalValue() : null;
  }

  private static JsonNode find(JsonNode indicators, String code) {
    for (JsonNode i : indicators) {
      if (i.path("indicator").asText().equals(code)) {
        return i;
      }
    }
    throw new AssertionError("no indicator " + code + " in " + indicators);
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
