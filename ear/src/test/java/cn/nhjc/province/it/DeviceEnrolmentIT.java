package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.exchange.domain.BodySignature;
import cn.nhjc.province.it.Fep.Device;
import cn.nhjc.province.it.Fep.Item;
import cn.nhjc.province.it.TestUnits.Unit;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Enrolment: a registered device is pending until the unit's enterprise user or an administrator
 * confirms it with the whole deviceId; whoever registers first holds nothing; deviceIds are never
 * shown whole; signed requests; rate limits.
 */
class DeviceEnrolmentIT extends PlatformClientTest {
  private static final String DEMO_ENTERPRISE = "91130271170000011R";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void a_pending_device_may_read_dictionaries_but_not_upload_change_or_read_its_unit()
      throws Exception {
    Unit unit = TestUnits.listed();
    Device device = Fep.registerPending(unit);
    Item item = Item.daily(TestUnits.DAILY_ELECTRICITY, "2026-10-11", "10");

    JsonNode versions =
        Fep.call("versionCheck", Fep.JSON.createObjectNode().put("deviceId", device.deviceId()));
    assertEquals("0", Fep.code(versions), Fep.message(versions));
    for (String operation : new String[] {"downloadConfigData", "uploadEnergyInfo"}) {
      JsonNode refused =
          Fep.call(
              operation,
              Fep.JSON
                  .createObjectNode()
                  .put("deviceId", device.deviceId())
                  .put("enterpriseCode", unit.creditCode()));
      assertEquals("1", Fep.code(refused), operation);
      assertTrue(Fep.message(refused).startsWith("设备待确认"), Fep.message(refused));
      assertTrue(
          Fep.message(refused).contains(device.deviceId().substring(0, 6) + "…"),
          "the refusal names the device by its prefix");
      assertFalse(Fep.message(refused).contains(device.deviceId()), "never the whole id");
    }
    JsonNode upload = Fep.call("uploadEnergyData", Fep.upload(device, item));
    assertTrue(Fep.message(upload).startsWith("设备待确认"), Fep.message(upload));
    assertEquals(
        0,
        PlatformServicesSession.count("select count(*) from reading where unit_id = " + unit.id()));

    Fep.confirm(Api.BASE, device.deviceId());
    assertEquals("0", Fep.code(Fep.call("uploadEnergyData", Fep.upload(device, item))));
    TestUnits.awaitReadings(unit, 1);
  }

  @Test
  void whoever_registers_first_holds_nothing_and_only_the_unit_can_confirm() throws Exception {
    // the unit of the demo enterprise user: a stranger knows its region and credit code
    String region;
    long unitId;
    try (var db = PlatformServicesSession.database();
        var row =
            db.createStatement()
                .executeQuery(
                    "select region_code, id from key_unit where credit_code = '"
                        + DEMO_ENTERPRISE
                        + "'")) {
      assertTrue(row.next(), "the demo province lists the demo enterprise");
      region = row.getString(1);
      unitId = row.getLong(2);
    }
    Unit unit = new Unit(unitId, DEMO_ENTERPRISE, region);
    String admin = Api.token(Api.Accounts.ADMIN[0], Api.Accounts.ADMIN[1]);
    // a device confirmed by an earlier run against the same database may register once more
    Api.post("/api/v1/units/" + DEMO_ENTERPRISE + "/device/rotate-key", admin);
    Device stranger = Fep.registerPending(unit);
    Device own = Fep.registerPending(unit);
    assertNotEquals(stranger.deviceId(), own.deviceId());
    JsonNode strangers =
        Fep.call("versionCheck", Fep.JSON.createObjectNode().put("deviceId", stranger.deviceId()));
    assertEquals(
        "序列号与企业统一社会信用代码不符", Fep.message(strangers), "a later registration replaces a pending one");

    String enterprise = Api.token(Api.Accounts.ENTERPRISE[0], Api.Accounts.ENTERPRISE[1]);
    String official = Api.token(Api.Accounts.PROVINCE[0], Api.Accounts.PROVINCE[1]);
    HttpResponse<String> shown =
        Api.get("/api/v1/units/" + DEMO_ENTERPRISE + "/device", enterprise, "application/json");
    assertEquals(200, shown.statusCode(), shown.body());
    assertEquals("pending", Api.json(shown).path("status").asText());
    assertEquals(
        own.deviceId().substring(0, 6) + "…", Api.json(shown).path("deviceIdPrefix").asText());
    assertFalse(shown.body().contains(own.deviceId()), "the API never shows a whole deviceId");
    HttpResponse<String> page = Api.get("/ent/index.xhtml", enterprise, "text/html");
    assertTrue(page.body().contains("待确认"), "the enterprise page shows the pending device");
    assertFalse(page.body().contains(own.deviceId()));

    assertEquals(
        403,
        Api.post("/api/v1/devices/" + own.deviceId() + "/confirm", official).statusCode(),
        "an official cannot confirm devices");
    assertEquals(
        404,
        Api.post("/api/v1/devices/" + own.deviceId().substring(0, 31) + "0/confirm", enterprise)
            .statusCode(),
        "a wrong id confirms nothing");
    Device other = Fep.registerPending(TestUnits.listed());
    assertEquals(
        404,
        Api.post("/api/v1/devices/" + other.deviceId() + "/confirm", enterprise).statusCode(),
        "an enterprise user cannot confirm another unit's device, and learns nothing of it");

    HttpResponse<String> confirmed =
        Api.post("/api/v1/devices/" + own.deviceId() + "/confirm", enterprise);
    assertEquals(200, confirmed.statusCode(), confirmed.body());
    assertEquals("confirmed", Api.json(confirmed).path("status").asText());
    assertEquals("ent.demo", Api.json(confirmed).path("confirmedBy").asText());
    JsonNode again = Fep.call("register", Fep.registration(unit));
    assertTrue(Fep.message(again).contains("已注册"), "a confirmed device is not replaced");
    JsonNode config =
        Fep.call(
            "downloadConfigData",
            Fep.JSON
                .createObjectNode()
                .put("deviceId", own.deviceId())
                .put("enterpriseCode", DEMO_ENTERPRISE));
    assertEquals("0", Fep.code(config), Fep.message(config));
  }

  @Test
  void a_unit_that_requires_signatures_takes_only_signed_uploads() throws Exception {
    Unit unit = TestUnits.listed();
    Device device = Fep.register(unit);
    String admin = Api.token(Api.Accounts.ADMIN[0], Api.Accounts.ADMIN[1]);
    Item item = Item.daily(TestUnits.DAILY_ELECTRICITY, "2026-10-12", "12");
    byte[] body = Fep.JSON.writeValueAsBytes(Fep.upload(device, item));
    byte[] key = HexFormat.of().parseHex(device.secretKey());

    // a signature is checked whenever one is sent, required or not
    assertEquals(BodySignature.INVALID, Fep.message(signed(body, "00".repeat(32))));

    HttpResponse<String> set =
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        Api.BASE + "/api/v1/units/" + unit.creditCode() + "/device/signature"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"required\":true}")));
    assertEquals(200, set.statusCode(), set.body());
    assertTrue(Api.json(set).path("signatureRequired").asBoolean());

    assertEquals(BodySignature.MISSING, Fep.message(signed(body, null)));
    byte[] other = Fep.JSON.writeValueAsBytes(Fep.upload(device, item.withValue("13")));
    assertEquals(
        BodySignature.INVALID,
        Fep.message(signed(other, BodySignature.sign(key, body))),
        "a signature of another body");
    JsonNode accepted = signed(body, BodySignature.sign(key, body));
    assertEquals("0", Fep.code(accepted), Fep.message(accepted));
    TestUnits.awaitReadings(unit, 1);
  }

  @Test
  void unknown_device_ids_cost_no_log_row_and_whole_ids_are_never_logged() throws Exception {
    String unknown = "0123456789abcdef0123456789abcdef";
    long before =
        PlatformServicesSession.count(
            "select count(*) from upload_log where device_id = '012345…'");
    for (int i = 0; i < 20; i++) {
      JsonNode refused =
          Fep.call("versionCheck", Fep.JSON.createObjectNode().put("deviceId", unknown));
      assertEquals("序列号与企业统一社会信用代码不符", Fep.message(refused));
    }
    assertEquals(
        before,
        PlatformServicesSession.count(
            "select count(*) from upload_log where device_id = '012345…'"));
    assertEquals(
        0,
        PlatformServicesSession.count(
            "select count(*) from upload_log where length(device_id) > 7"),
        "the upload log keeps six characters of a deviceId and an ellipsis");
  }

  @Test
  void a_device_over_its_rate_limit_is_told_when_to_send_again() throws Exception {
    Device device = Fep.register(TestUnits.listed());
    int limit =
        (int)
            PlatformServicesSession.count(
                "select value::int from platform_setting"
                    + " where key = 'exchange.rate.device-per-minute'");
    HttpResponse<String> last = null;
    // the bucket refills while the requests are sent (limit/60 a second): send until refused
    for (int i = 0; i <= 2 * limit; i++) {
      last =
          Fep.post(
              "versionCheck",
              Fep.JSON.writeValueAsString(
                  Fep.JSON.createObjectNode().put("deviceId", device.deviceId())));
      if (last.statusCode() == 429) {
        break;
      }
    }
    assertEquals(429, last.statusCode(), "more than " + limit + " requests within seconds");
    JsonNode answer = Fep.JSON.readTree(last.body());
    assertEquals("1", Fep.code(answer));
    assertTrue(Fep.message(answer).startsWith("请求过于频繁"), Fep.message(answer));
    int retry = Integer.parseInt(last.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retry >= 1 && retry <= 60, "Retry-After " + retry);
  }

  private static JsonNode signed(byte[] body, String signature) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Api.BASE + "/fep/enterprise/uploadEnergyData"))
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (signature != null) {
      request.header(BodySignature.HEADER, signature);
    }
    HttpResponse<String> response = send(request);
    assertEquals(200, response.statusCode(), response.body());
    return Fep.JSON.readTree(response.body());
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
