package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Metrology through the API: ent.demo keeps its unit's meters (an expired one counts in the
 * metrology officer's summary and in the unit's report, each change a version), another unit's user
 * is refused (403), bad input is a 400 problem with every reason, the import is all or nothing, and
 * the daily calibration job's notices reach the unit.
 */
class MetrologyIT extends PlatformClientTest {

  /** ent.demo's unit (唐山, county 130271). */
  static final String UNIT = "91130271170000011R";

  static final String COUNTY = "130271";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  static String plantCode() throws Exception {
    try (Connection db = PlatformServicesSession.database();
        PreparedStatement sql =
            db.prepareStatement(
                "select s.code from unit_structure s join key_unit u on u.id = s.unit_id"
                    + " where u.credit_code = ? and s.scope = 1 order by s.id limit 1")) {
      sql.setString(1, UNIT);
      try (ResultSet row = sql.executeQuery()) {
        assertTrue(row.next(), "ent.demo's unit has a plant");
        return row.getString(1);
      }
    }
  }

  static ObjectNode expiredMeter(String serial, String plant) {
    ObjectNode meter = JSON.createObjectNode();
    meter.put("meterTypeCode", "15260500");
    meter.put("serialNo", serial);
    meter.put("name", "测试关口电能表");
    meter.put("maker", "威胜集团有限公司");
    meter.put("model", "DTZ341");
    meter.put("accuracyClass", "0.5S");
    meter.put("measuringRange", "3×1.5(6)A");
    meter.put("level", 1);
    meter.put("structureCode", plant);
    meter.put("energyTypeCode", "3300");
    meter.put("calibratedOn", TODAY.minusDays(400).toString());
    meter.put("calibrationMonths", 12);
    meter.put("calibrationInstitution", "唐山市计量测试所");
    meter.put("certificateNo", "JD-IT-" + serial);
    meter.put("status", "in-service");
    return meter;
  }

  static HttpResponse<String> put(String path, String json, String token) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(Api.BASE + path))
            .header("Accept", "application/json")
            .header("Content-Type", "application/json; charset=utf-8")
            .header("Authorization", "Bearer " + token)
            .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> postXlsx(String path, byte[] workbook, String token)
      throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(Api.BASE + path))
            .header("Accept", "application/json")
            .header(
                "Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofByteArray(workbook))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The county's line of the summary, as the metrology officer sees it. */
  static JsonNode countyLine(String officer) throws Exception {
    HttpResponse<String> summary =
        Api.get("/api/v1/metrology/summary?level=county", officer, "application/json");
    assertEquals(200, summary.statusCode(), summary.body());
    for (JsonNode line : Api.json(summary)) {
      if (COUNTY.equals(line.path("code").asText())) {
        return line;
      }
    }
    throw new AssertionError("no line of county " + COUNTY + ": " + summary.body());
  }

  @Test
  void an_enterprise_user_adds_an_expired_meter_and_the_summary_counts_it() throws Exception {
    String ent = Api.token(Api.Accounts.ENTERPRISE[0], Api.Accounts.ENTERPRISE[1]);
    String officer = Api.token(Api.Accounts.METROLOGY[0], Api.Accounts.METROLOGY[1]);
    String plant = plantCode();
    int expiredBefore = countyLine(officer).path("expired").asInt();
    String serial = "IT" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);

    HttpResponse<String> created =
        Api.postJson(
            "/api/v1/units/" + UNIT + "/meters", expiredMeter(serial, plant).toString(), ent);
    assertEquals(201, created.statusCode(), created.body());
    JsonNode meter = Api.json(created);
    long id = meter.path("id").asLong();
    assertEquals("expired", meter.path("calibrationState").asText());
    assertEquals(1, meter.path("version").asInt());
    assertEquals(
        TODAY.minusDays(400).plusMonths(12).toString(), meter.path("calibrationDue").asText());
    assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/meters/" + id));

    JsonNode line = countyLine(officer);
    assertEquals(expiredBefore + 1, line.path("expired").asInt(), line.toString());

    HttpResponse<String> report =
        Api.get("/api/v1/metrology/units/" + UNIT, ent, "application/json");
    assertEquals(200, report.statusCode(), report.body());
    JsonNode body = Api.json(report).path("report");
    assertEquals("NON_COMPLIANT", body.path("verdict").asText());
    assertTrue(body.path("expired").toString().contains(serial), body.toString());
    assertTrue(body.path("reasons").toString().contains(serial + "（测试关口电能表）检定/校准已于"));

    // a change is a new version; the first stays in the history
    ObjectNode changed = expiredMeter(serial, plant);
    changed.put("accuracyClass", "0.2S");
    HttpResponse<String> updated =
        put("/api/v1/units/" + UNIT + "/meters/" + id, changed.toString(), ent);
    assertEquals(200, updated.statusCode(), updated.body());
    assertEquals(2, Api.json(updated).path("version").asInt());
    HttpResponse<String> history =
        Api.get(
            "/api/v1/units/" + UNIT + "/meters/" + id + "/history", officer, "application/json");
    assertEquals(200, history.statusCode(), history.body());
    JsonNode versions = Api.json(history);
    assertEquals(2, versions.size(), history.body());
    assertEquals("update", versions.get(0).path("change").asText());
    assertEquals("create", versions.get(1).path("change").asText());
    assertTrue(versions.get(1).path("snapshot").asText().contains("\"0.5S\""));
    assertEquals(Api.Accounts.ENTERPRISE[0], versions.get(1).path("changedBy").asText());

    // retired: it counts no more
    changed.put("status", "retired");
    assertEquals(
        200, put("/api/v1/units/" + UNIT + "/meters/" + id, changed.toString(), ent).statusCode());
    assertEquals(expiredBefore, countyLine(officer).path("expired").asInt());
  }

  @Test
  void another_units_user_and_another_citys_official_get_403() throws Exception {
    String other = Api.token(Api.Accounts.OTHER_ENTERPRISE[0], Api.Accounts.OTHER_ENTERPRISE[1]);
    String sjz = Api.token(Api.Accounts.SHIJIAZHUANG[0], Api.Accounts.SHIJIAZHUANG[1]);
    String meter = expiredMeter("IT-OTHER", plantCode()).toString();
    assertEquals(
        403, Api.get("/api/v1/units/" + UNIT + "/meters", other, "application/json").statusCode());
    HttpResponse<String> posted = Api.postJson("/api/v1/units/" + UNIT + "/meters", meter, other);
    assertEquals(403, posted.statusCode(), posted.body());
    assertEquals(403, put("/api/v1/units/" + UNIT + "/meters/1", meter, other).statusCode());
    assertEquals(
        403, Api.get("/api/v1/metrology/units/" + UNIT, other, "application/json").statusCode());
    assertEquals(
        403, Api.get("/api/v1/units/" + UNIT + "/meters", sjz, "application/json").statusCode());
    assertEquals(
        0,
        PlatformServicesSession.count("select count(*) from meter where serial_no = 'IT-OTHER'"));
    // a city official reads, but does not keep, the meters of the own city
    String tangshan = Api.token(Api.Accounts.TANGSHAN[0], Api.Accounts.TANGSHAN[1]);
    assertEquals(
        200,
        Api.get("/api/v1/units/" + UNIT + "/meters", tangshan, "application/json").statusCode());
    assertEquals(
        403, Api.postJson("/api/v1/units/" + UNIT + "/meters", meter, tangshan).statusCode());
  }

  @Test
  void bad_input_is_a_400_with_every_reason_and_nothing_is_stored() throws Exception {
    String ent = Api.token(Api.Accounts.ENTERPRISE[0], Api.Accounts.ENTERPRISE[1]);
    ObjectNode bad = expiredMeter("IT-BAD", plantCode());
    bad.put("meterTypeCode", "99999999");
    bad.put("level", 3);
    bad.put("accuracyClass", "A级");
    HttpResponse<String> refused =
        Api.postJson("/api/v1/units/" + UNIT + "/meters", bad.toString(), ent);
    assertEquals(400, refused.statusCode(), refused.body());
    String detail = Api.json(refused).path("detail").asText();
    assertTrue(detail.contains("器具类型代码“99999999”不在计量器具目录中"), detail);
    assertTrue(detail.contains("准确度等级“A级”无法识别"), detail);
    assertTrue(detail.contains("级别 3 与安装位置不符"), detail);
    assertEquals(
        0, PlatformServicesSession.count("select count(*) from meter where serial_no = 'IT-BAD'"));
  }

  @Test
  void the_import_is_all_or_nothing() throws Exception {
    String officer = Api.token(Api.Accounts.METROLOGY[0], Api.Accounts.METROLOGY[1]);
    String plant = plantCode();
    String a = "IT-IMP-A" + ThreadLocalRandom.current().nextInt(1_000_000);
    String b = "IT-IMP-B" + ThreadLocalRandom.current().nextInt(1_000_000);
    byte[] refused =
        workbook(new String[][] {line(a, plant, "2026-01-15"), line(b, "nowhere", "2026-01-15")});
    HttpResponse<String> answer =
        postXlsx("/api/v1/units/" + UNIT + "/meters/import", refused, officer);
    assertEquals(400, answer.statusCode(), answer.body());
    assertTrue(answer.body().contains("第 3 行"), answer.body());
    assertEquals(
        0,
        PlatformServicesSession.count(
            "select count(*) from meter where serial_no in ('" + a + "', '" + b + "')"));

    byte[] good =
        workbook(new String[][] {line(a, plant, "2026-01-15"), line(b, plant, "2026-02-01")});
    HttpResponse<String> taken =
        postXlsx("/api/v1/units/" + UNIT + "/meters/import", good, officer);
    assertEquals(200, taken.statusCode(), taken.body());
    assertEquals(2, Api.json(taken).path("imported").asInt());
    assertEquals(
        2,
        PlatformServicesSession.count(
            "select count(*) from meter_history h join meter m on m.id = h.meter_id"
                + " where m.serial_no in ('"
                + a
                + "', '"
                + b
                + "') and h.change = 'import'"));
    // retire them again, by import: a line with a registered serial number changes that meter
    String[] retiredA = line(a, plant, "2026-01-15");
    retiredA[15] = "retired";
    String[] retiredB = line(b, plant, "2026-02-01");
    retiredB[15] = "retired";
    assertEquals(
        200,
        postXlsx(
                "/api/v1/units/" + UNIT + "/meters/import",
                workbook(new String[][] {retiredA, retiredB}),
                officer)
            .statusCode());
  }

  @Test
  void the_daily_job_raises_a_notice_per_expired_calibration_and_the_unit_reads_it()
      throws Exception {
    // the job runs a minute after the deployment starts
    long deadline = System.currentTimeMillis() + 180_000;
    while (PlatformServicesSession.count(
                "select count(*) from notice where kind_code = 'calibration-expired'")
            == 0
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(2_000);
    }
    assertTrue(
        PlatformServicesSession.count(
                "select count(*) from notice where kind_code = 'calibration-expired'")
            > 0,
        "the demo has expired calibrations: the job raised notices");
    // every open notice names a meter in service whose calibration has expired
    assertEquals(
        0,
        PlatformServicesSession.count(
            "select count(*) from notice n where n.kind_code = 'calibration-expired'"
                + " and n.closed_at is null and not exists (select 1 from meter m"
                + " where n.source_id = 'meter-' || m.id || '@' || m.calibration_due"
                + " and m.status = 'in-service' and m.calibration_due < current_date)"
                + " and n.created_at > now() - interval '1 day'"));
    // the unit with expired meters sees its notices, another unit's user does not
    String ent = Api.token(Api.Accounts.ENTERPRISE[0], Api.Accounts.ENTERPRISE[1]);
    long own =
        PlatformServicesSession.count(
            "select count(*) from notice where unit_credit_code = '" + UNIT + "'");
    HttpResponse<String> notices = Api.get("/api/v1/notices?size=500", ent, "application/json");
    assertEquals(200, notices.statusCode(), notices.body());
    assertEquals(own, Api.json(notices).path("total").asLong(), notices.body());
    String other = Api.token(Api.Accounts.OTHER_ENTERPRISE[0], Api.Accounts.OTHER_ENTERPRISE[1]);
    assertTrue(
        !Api.get("/api/v1/notices?size=500", other, "application/json").body().contains(UNIT));
    // a metrology officer's notice reaches the unit, and is acknowledged once
    String officer = Api.token(Api.Accounts.METROLOGY[0], Api.Accounts.METROLOGY[1]);
    HttpResponse<String> sent =
        Api.postJson(
            "/api/v1/metrology/units/" + UNIT + "/notices",
            "{\"title\":\"请补充计量器具台账\",\"body\":\"请于本月底前登记全部三级计量器具。\"}",
            officer);
    assertEquals(200, sent.statusCode(), sent.body());
    long id = Api.json(sent).path("id").asLong();
    HttpResponse<String> ack = Api.post("/api/v1/notices/" + id + "/acknowledge", ent);
    assertEquals(200, ack.statusCode(), ack.body());
    String acknowledgedAt = Api.json(ack).path("acknowledgedAt").asText();
    assertTrue(!acknowledgedAt.isEmpty() && !"null".equals(acknowledgedAt), ack.body());
    assertEquals(404, Api.post("/api/v1/notices/" + id + "/acknowledge", other).statusCode());
    assertEquals(
        acknowledgedAt,
        Api.json(Api.post("/api/v1/notices/" + id + "/acknowledge", ent))
            .path("acknowledgedAt")
            .asText(),
        "the first acknowledgement's time stays");
  }

  @Test
  void a_meter_exchange_records_the_final_and_first_readings() throws Exception {
    String ent = Api.token(Api.Accounts.ENTERPRISE[0], Api.Accounts.ENTERPRISE[1]);
    String plant = plantCode();
    int n = ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    ObjectNode old = expiredMeter("IT-OLD" + n, plant);
    old.put("calibratedOn", TODAY.minusDays(30).toString());
    ObjectNode spare = expiredMeter("IT-NEW" + n, plant);
    spare.put("calibratedOn", TODAY.minusDays(5).toString());
    spare.put("status", "spare");
    long oldId =
        Api.json(Api.postJson("/api/v1/units/" + UNIT + "/meters", old.toString(), ent))
            .path("id")
            .asLong();
    long newId =
        Api.json(Api.postJson("/api/v1/units/" + UNIT + "/meters", spare.toString(), ent))
            .path("id")
            .asLong();
    String exchange =
        "{\"newMeterId\":"
            + newId
            + ",\"exchangedAt\":\""
            + java.time.Instant.now().minusSeconds(3600)
            + "\",\"oldFinalReading\":98420,\"newFirstReading\":3}";
    HttpResponse<String> refused =
        Api.postJson(
            "/api/v1/units/" + UNIT + "/meters/" + oldId + "/exchange",
            "{\"newMeterId\":" + oldId + "}",
            ent);
    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(Api.json(refused).path("detail").asText().contains("新表与旧表相同"));
    HttpResponse<String> recorded =
        Api.postJson("/api/v1/units/" + UNIT + "/meters/" + oldId + "/exchange", exchange, ent);
    assertEquals(200, recorded.statusCode(), recorded.body());
    assertEquals(98420, Api.json(recorded).path("oldFinalReading").asInt());
    assertEquals(3, Api.json(recorded).path("newFirstReading").asInt());
    HttpResponse<String> before =
        Api.get("/api/v1/units/" + UNIT + "/meters/" + oldId, ent, "application/json");
    assertEquals("retired", Api.json(before).path("status").asText());
    HttpResponse<String> after =
        Api.get("/api/v1/units/" + UNIT + "/meters/" + newId, ent, "application/json");
    assertEquals("in-service", Api.json(after).path("status").asText());
    assertEquals(2, Api.json(after).path("version").asInt());
    HttpResponse<String> list =
        Api.get("/api/v1/units/" + UNIT + "/meters/exchanges", ent, "application/json");
    assertTrue(list.body().contains("IT-OLD" + n), list.body());
    // retired again, so that the unit's configuration stays as it was
    spare.put("status", "retired");
    assertEquals(
        200, put("/api/v1/units/" + UNIT + "/meters/" + newId, spare.toString(), ent).statusCode());
  }

  /** A line of the import template (its 17 columns in order). */
  static String[] line(String serial, String place, String calibratedOn) {
    return new String[] {
      "15260500",
      serial,
      "导入测试电能表",
      "威胜集团有限公司",
      "DTZ341",
      "1.0",
      "3×1.5(6)A",
      "1",
      place,
      "3300",
      "",
      calibratedOn,
      "12",
      "唐山市计量测试所",
      "JD-" + serial,
      "in-service",
      ""
    };
  }

  static byte[] workbook(String[][] lines) throws Exception {
    String[] header = {
      "meterTypeCode",
      "serialNo",
      "name",
      "maker",
      "model",
      "accuracyClass",
      "measuringRange",
      "level",
      "structureCode",
      "energyTypeCode",
      "collectItems",
      "calibratedOn",
      "calibrationMonths",
      "calibrationInstitution",
      "certificateNo",
      "status",
      "counterCapacity"
    };
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet();
      Row first = sheet.createRow(0);
      for (int c = 0; c < header.length; c++) {
        first.createCell(c).setCellValue(header[c]);
      }
      for (int r = 0; r < lines.length; r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < lines[r].length; c++) {
          row.createCell(c).setCellValue(lines[r][c]);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }
}
