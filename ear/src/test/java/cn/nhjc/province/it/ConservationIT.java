package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dual control against the running platform (docs/conservation.md): the demo's targets and their
 * progress with every warning level, allocation in revisions, imports that store nothing of a
 * refused file, scope, and the assessment job's frozen versions.
 */
class ConservationIT extends PlatformClientTest {

  private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @BeforeAll
  static void rollupsAreCurrent() throws Exception {
    PlatformServicesSession.awaitCurrentRollups();
  }

  private static String province() throws Exception {
    return Api.token(Api.Accounts.PROVINCE[0], Api.Accounts.PROVINCE[1]);
  }

  private static JsonNode get(String path, String token) throws Exception {
    HttpResponse<String> response = Api.get(path, token, "application/json");
    assertEquals(200, response.statusCode(), path + ": " + response.body());
    return Api.json(response);
  }

  @Test
  void the_demo_province_has_targets_and_its_units_show_every_warning_level() throws Exception {
    String token = province();
    JsonNode cities = get("/api/v1/targets?year=" + YEAR + "&level=city&kind=total", token);
    assertTrue(cities.size() >= 11, cities.toString());
    for (JsonNode city : cities) {
      assertEquals("issued", city.path("status").asText());
      assertEquals("130000", city.path("allocatedBy").asText());
    }
    HttpResponse<String> progress =
        Api.get("/api/v1/targets/progress?year=" + YEAR + "&level=unit", token, "application/json");
    assertEquals(200, progress.statusCode(), progress.body());
    assertTrue(progress.headers().firstValue("Server-Timing").orElse("").startsWith("app;dur="));
    Set<String> levels = new HashSet<>();
    for (JsonNode row : Api.json(progress)) {
      if (row.path("forecast").isNull()) {
        continue;
      }
      levels.add(row.path("warning").asText());
      BigDecimal forecast = row.path("forecast").decimalValue();
      assertTrue(row.path("forecastLow").decimalValue().compareTo(forecast) <= 0, row.toString());
      assertTrue(row.path("forecastHigh").decimalValue().compareTo(forecast) >= 0, row.toString());
      assertTrue(row.path("months").asInt() >= 1, row.toString());
    }
    assertEquals(Set.of("red", "yellow", "green"), levels);
    JsonNode provinceRow =
        get("/api/v1/targets/progress?year=" + YEAR + "&level=province&kind=total", token);
    assertEquals(1, provinceRow.size());
    // the actual to date is the province's rollups of the year's complete months
    assertTrue(provinceRow.path(0).path("actualToDate").decimalValue().signum() > 0);
  }

  @Test
  void a_city_official_sees_the_city_and_below_and_allocates_only_there() throws Exception {
    String token = Api.token(Api.Accounts.TANGSHAN[0], Api.Accounts.TANGSHAN[1]);
    JsonNode all = get("/api/v1/targets/progress?year=" + YEAR, token);
    assertTrue(all.size() > 0);
    for (JsonNode row : all) {
      assertTrue(row.path("regionCode").asText().startsWith("1302"), row.toString());
    }
    for (JsonNode row : get("/api/v1/targets?year=" + YEAR, token)) {
      assertTrue(!row.path("level").asText().equals("province"), row.toString());
    }
    // the city's own target is the province's to allocate; another city's county is not its own
    HttpResponse<String> city =
        Api.postJson(
            "/api/v1/targets", target("city", "130200", YEAR + 1, "100", "90", false), token);
    assertEquals(403, city.statusCode(), city.body());
    HttpResponse<String> other =
        Api.postJson(
            "/api/v1/targets", target("county", "130102", YEAR + 1, "100", "90", false), token);
    assertEquals(403, other.statusCode(), other.body());
    HttpResponse<String> own =
        Api.postJson(
            "/api/v1/targets", target("county", "130203", YEAR + 1, "100", "90", true), token);
    assertEquals(201, own.statusCode(), own.body());
    assertEquals("130200", Api.json(own).path("allocatedBy").asText());
    // another city's official sees nothing of it
    String other2 = Api.token(Api.Accounts.SHIJIAZHUANG[0], Api.Accounts.SHIJIAZHUANG[1]);
    assertEquals(
        0,
        get(
                "/api/v1/targets/history?level=county&holderCode=130203&kind=total&year="
                    + (YEAR + 1),
                other2)
            .size());
  }

  @Test
  void a_revision_keeps_the_history_and_issuing_replaces_the_one_before() throws Exception {
    String token = province();
    int year = YEAR + 2;
    JsonNode first =
        Api.json(
            Api.postJson(
                "/api/v1/targets",
                target("city", "130300", year, "5000000", "4800000", true),
                token));
    assertEquals("issued", first.path("status").asText());
    HttpResponse<String> draft =
        Api.postJson(
            "/api/v1/targets", target("city", "130300", year, "5000000", "4700000", false), token);
    assertEquals(201, draft.statusCode(), draft.body());
    long id = Api.json(draft).path("id").asLong();
    assertEquals("draft", Api.json(draft).path("status").asText());
    HttpResponse<String> issued = Api.post("/api/v1/targets/" + id + "/issue", token);
    assertEquals(200, issued.statusCode(), issued.body());
    JsonNode history =
        get("/api/v1/targets/history?level=city&holderCode=130300&kind=total&year=" + year, token);
    assertEquals(2, history.size(), history.toString());
    assertEquals("replaced", history.path(0).path("status").asText());
    assertEquals("issued", history.path(1).path("status").asText());
    assertEquals(Api.Accounts.PROVINCE[0], history.path(1).path("issuedBy").asText());
    assertEquals(
        0, new BigDecimal("4700000").compareTo(history.path(1).path("targetValue").decimalValue()));
    assertEquals(400, Api.post("/api/v1/targets/" + id + "/issue", token).statusCode());
    assertTrue(
        PlatformServicesSession.count(
                "select count(*) from audit_event where action = 'target.issue' and object like"
                    + " '%130300%'")
            >= 2);
  }

  @Test
  void an_import_with_a_bad_line_stores_nothing_and_names_the_line() throws Exception {
    String token = province();
    int year = YEAR + 3;
    String header = "level,holderCode,kind,term,year,baseYear,baseValue,targetValue,note\n";
    String bad =
        header
            + "city,130400,total,annual,"
            + year
            + ","
            + (year - 1)
            + ",1000,900,\n"
            + "county,999999,total,annual,"
            + year
            + ","
            + (year - 1)
            + ",1000,900,\n"
            + "city,130500,intensity,annual,"
            + year
            + ","
            + year
            + ",1.2,1.1,\n";
    HttpResponse<String> refused = Api.postCsv("/api/v1/targets/import", bad, token);
    assertEquals(200, refused.statusCode(), refused.body());
    JsonNode result = Api.json(refused);
    assertEquals(0, result.path("imported").asInt());
    assertEquals(3, result.path("rejected").path(0).path("line").asInt(), result.toString());
    assertEquals(4, result.path("rejected").path(1).path("line").asInt(), result.toString());
    assertEquals(0, get("/api/v1/targets?year=" + year, token).size(), "nothing stored");

    String good =
        header
            + "city,130400,total,annual,"
            + year
            + ","
            + (year - 1)
            + ",1000,900,\n"
            + "city,130500,intensity,annual,"
            + year
            + ","
            + (year - 1)
            + ",1.2,1.1,\n";
    JsonNode imported = Api.json(Api.postCsv("/api/v1/targets/import", good, token));
    assertEquals(2, imported.path("imported").asInt(), imported.toString());
    HttpResponse<byte[]> xlsx =
        Api.getBytes("/api/v1/targets?year=" + year + "&format=xlsx", token, XLSX);
    assertEquals(200, xlsx.statusCode());
    assertEquals('P', (char) xlsx.body()[0]);
    assertEquals('K', (char) xlsx.body()[1]);
    HttpResponse<byte[]> template = Api.getBytes("/api/v1/targets/template", token, XLSX);
    assertEquals(200, template.statusCode());
  }

  @Test
  void the_assessment_job_freezes_a_new_version_per_run() throws Exception {
    String token = province();
    String admin = Api.token(Api.Accounts.ADMIN[0], Api.Accounts.ADMIN[1]);
    int version1 = runAssessment(token, admin);
    JsonNode units = get("/api/v1/assessments?year=" + YEAR + "&level=unit", token);
    assertTrue(units.size() > 100, "units assessed: " + units.size());
    Set<String> grades = new HashSet<>();
    for (JsonNode row : units) {
      assertEquals(version1, row.path("version").asInt());
      grades.add(row.path("grade").asText());
    }
    assertEquals(Set.of("超额完成", "完成", "基本完成", "未完成"), grades);
    long frozen =
        PlatformServicesSession.count(
            "select count(*) from assessment_result a join assessment_run r on r.id = a.run_id"
                + " where r.year = "
                + YEAR
                + " and r.version = "
                + version1);

    int version2 = runAssessment(token, admin);
    assertEquals(version1 + 1, version2);
    assertEquals(
        frozen,
        PlatformServicesSession.count(
            "select count(*) from assessment_result a join assessment_run r on r.id = a.run_id"
                + " where r.year = "
                + YEAR
                + " and r.version = "
                + version1));
    try (Connection db = PlatformServicesSession.database()) {
      assertThrows(
          SQLException.class,
          () ->
              db.createStatement()
                  .executeUpdate(
                      "update assessment_result set score = 0 where run_id = (select id from"
                          + " assessment_run where year = "
                          + YEAR
                          + " and version = "
                          + version1
                          + ")"));
    }

    // a unit sees its own results only; XLSX for officials
    String ent = Api.token(Api.Accounts.ENTERPRISE[0], Api.Accounts.ENTERPRISE[1]);
    JsonNode own = get("/api/v1/assessments?year=" + YEAR, ent);
    assertTrue(own.size() > 0);
    for (JsonNode row : own) {
      assertEquals("91130271170000011R", row.path("holderCode").asText());
    }
    HttpResponse<byte[]> xlsx =
        Api.getBytes("/api/v1/assessments?year=" + YEAR + "&format=xlsx", token, XLSX);
    assertEquals(200, xlsx.statusCode());
    assertEquals('P', (char) xlsx.body()[0]);
    String tangshan = Api.token(Api.Accounts.TANGSHAN[0], Api.Accounts.TANGSHAN[1]);
    for (JsonNode row : get("/api/v1/assessments?year=" + YEAR, tangshan)) {
      assertTrue(row.path("regionCode").asText().startsWith("1302"), row.toString());
    }
  }

  @Test
  void a_change_of_level_raises_a_notice_to_the_officials_of_the_region() throws Exception {
    String token = province();
    JsonNode green = null;
    for (JsonNode row :
        get("/api/v1/targets/progress?year=" + YEAR + "&level=city&kind=total", token)) {
      if ("green".equals(row.path("warning").asText())) {
        green = row;
        break;
      }
    }
    assertTrue(green != null, "a city in green");
    String city = green.path("code").asText();
    String base = green.path("base").decimalValue().toPlainString();
    String original = green.path("target").decimalValue().toPlainString();
    String half =
        green.path("forecast").decimalValue().divide(BigDecimal.valueOf(2)).toPlainString();
    HttpResponse<String> cut =
        Api.postJson("/api/v1/targets", target("city", city, YEAR, base, half, true), token);
    assertEquals(201, cut.statusCode(), cut.body());
    String source = "city:" + city + ":total:" + YEAR + ":";
    assertEquals(
        1,
        PlatformServicesSession.count(
            "select count(*) from notice where kind_code = 'target-warning' and closed_at is null"
                + " and source_id = '"
                + source
                + "red' and recipient_role = 'city-official' and recipient_region = '"
                + city
                + "'"));
    // back to the target before: green again, the red notice closed, a green one sent
    Api.postJson("/api/v1/targets", target("city", city, YEAR, base, original, true), token);
    assertEquals(
        0,
        PlatformServicesSession.count(
            "select count(*) from notice where closed_at is null and source_id = '"
                + source
                + "red'"));
    assertEquals(
        1,
        PlatformServicesSession.count(
            "select count(*) from notice where closed_at is null and source_id = '"
                + source
                + "green'"));
  }

  @Test
  void officials_enter_a_units_measures_within_the_sheet() throws Exception {
    String token = Api.token(Api.Accounts.TANGSHAN[0], Api.Accounts.TANGSHAN[1]);
    String path = "/api/v1/assessments/measures/91130271170000011R?year=" + (YEAR + 1);
    HttpResponse<String> tooMany = Api.putJson(path, "{\"M1\": 9, \"M2\": 6}", token);
    assertEquals(400, tooMany.statusCode(), tooMany.body());
    assertEquals(
        0,
        PlatformServicesSession.count(
            "select count(*) from assessment_measure m join key_unit u on u.id = m.unit_id where"
                + " u.credit_code = '91130271170000011R' and m.year = "
                + (YEAR + 1)),
        "nothing of a refused entry is stored");
    HttpResponse<String> entered = Api.putJson(path, "{\"M1\": 8, \"M2\": 5.5}", token);
    assertEquals(200, entered.statusCode(), entered.body());
    JsonNode sheet = get(path, token);
    assertEquals(5, sheet.size());
    assertEquals("M1", sheet.path(0).path("code").asText());
    assertEquals(0, new BigDecimal("8").compareTo(sheet.path(0).path("points").decimalValue()));
    assertEquals(0, new BigDecimal("5.5").compareTo(sheet.path(1).path("points").decimalValue()));
    String other = Api.token(Api.Accounts.SHIJIAZHUANG[0], Api.Accounts.SHIJIAZHUANG[1]);
    assertEquals(403, Api.get(path, other, "application/json").statusCode());
  }

  /**
   * Starts the assessment of the year as a province official, waits for it, returns its version.
   */
  private static int runAssessment(String token, String admin) throws Exception {
    HttpResponse<String> started =
        Api.post("/api/v1/jobs/target-assessment/executions?year=" + YEAR, token);
    assertEquals(202, started.statusCode(), started.body());
    long id = Api.json(started).path("executionId").asLong();
    String status = "";
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline
        && !status.equals("COMPLETED")
        && !status.equals("FAILED")) {
      Thread.sleep(500);
      status = get("/api/v1/jobs/executions/" + id, admin).path("status").asText();
    }
    assertEquals("COMPLETED", status);
    return (int)
        PlatformServicesSession.count(
            "select max(version) from assessment_run where finished_at is not null and year = "
                + YEAR);
  }

  private static String target(
      String level, String code, int year, String base, String target, boolean issue) {
    return "{\"level\":\""
        + level
        + "\",\"holderCode\":\""
        + code
        + "\",\"kind\":\"total\","
        + "\"term\":\"annual\",\"year\":"
        + year
        + ",\"baseYear\":"
        + (year - 1)
        + ",\"baseValue\":"
        + base
        + ",\"targetValue\":"
        + target
        + ",\"issue\":"
        + issue
        + "}";
  }
}
