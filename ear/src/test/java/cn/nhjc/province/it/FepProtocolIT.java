package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.it.Fep.Device;
import cn.nhjc.province.it.Fep.Item;
import cn.nhjc.province.it.TestUnits.Unit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The front-end processor speaks the protocol of docs/protocol.md to a listed unit's device. */
class FepProtocolIT extends PlatformClientTest {

  @Test
  void register_hands_out_a_device_key_and_the_operation_urls_once_confirmed() throws Exception {
    Unit unit = TestUnits.listed();
    JsonNode answer = Fep.call("register", Fep.registration(unit));
    assertEquals("0", Fep.code(answer));
    assertEquals("RECEIVE SUCCESS", Fep.message(answer));
    assertTrue(answer.path("deviceId").asText().matches("[0-9a-f]{32}"));
    assertTrue(answer.path("secretKey").asText().matches("[0-9a-f]{32}"));
    assertTrue(answer.path("uploadTime").asText().matches("\\d{2}:\\d{2}:00"));
    try (var db = PlatformServicesSession.database();
        var sealed =
            db.createStatement()
                .executeQuery("select sealed_key from device where unit_id = " + unit.id())) {
      sealed.next();
      String stored = sealed.getString(1);
      assertTrue(stored.startsWith("v1:"), "the key is stored sealed");
      assertFalse(stored.toLowerCase().contains(answer.path("secretKey").asText()));
    }
    assertEquals(
        Api.BASE + "/fep/enterprise/uploadEnergyData", answer.path("centerDataURL").asText());
    assertEquals(
        Api.BASE + "/fep/enterprise/versionCheck", answer.path("loadDicVersionURL").asText());

    Fep.confirm(Api.BASE, answer.path("deviceId").asText());
    JsonNode again = Fep.call("register", Fep.registration(unit));
    assertEquals("1", Fep.code(again));
    assertTrue(Fep.message(again).contains("已注册"), Fep.message(again));
  }

  @Test
  void register_refuses_a_unit_that_is_not_on_the_list_or_names_another_region() throws Exception {
    Unit unit = TestUnits.listed();
    JsonNode wrongRegion =
        Fep.call(
            "register",
            Fep.JSON
                .createObjectNode()
                .put("region", "130203")
                .put("enterpriseCode", unit.creditCode()));
    assertEquals("1", Fep.code(wrongRegion));
    JsonNode unlisted =
        Fep.call(
            "register",
            Fep.JSON
                .createObjectNode()
                .put("region", "130102")
                .put(
                    "enterpriseCode",
                    cn.nhjc.province.registry.domain.CreditCodes.enterpriseCode(
                        "130102", "99999999")));
    assertEquals("1", Fep.code(unlisted));
    assertTrue(Fep.message(unlisted).contains("名单"), Fep.message(unlisted));
  }

  @Test
  void version_check_and_dictionaries_serve_the_registered_device() throws Exception {
    Device device = Fep.register(TestUnits.listed());
    JsonNode versions =
        Fep.call("versionCheck", Fep.JSON.createObjectNode().put("deviceId", device.deviceId()));
    assertEquals("0", Fep.code(versions));
    assertEquals("1", versions.path("regVersion").asText());
    assertFalse(versions.path("dicVersion").asText().isEmpty());

    JsonNode energyTypes =
        Fep.call(
            "downloadBaseData",
            Fep.JSON.createObjectNode().put("deviceId", device.deviceId()).put("itemIndex", "8"));
    assertEquals("0", Fep.code(energyTypes));
    JsonNode electricity = null;
    for (JsonNode entry : energyTypes.path("data")) {
      if ("3300".equals(entry.path("code").asText())) {
        electricity = entry;
      }
    }
    assertEquals("电力", electricity.path("name").asText());
    assertEquals("kWh", electricity.path("collectUnit").asText());
    assertEquals(0.1229, Double.parseDouble(electricity.path("collectRatio").asText()), 1e-9);

    JsonNode usages =
        Fep.call(
            "downloadBaseData",
            Fep.JSON.createObjectNode().put("deviceId", device.deviceId()).put("itemIndex", "14"));
    String purchase = "";
    for (JsonNode usage : usages.path("data")) {
      if (usage.path("code").asText().equals("10")) {
        purchase = usage.path("name").asText();
      }
    }
    assertEquals("购进", purchase);
  }

  @Test
  void config_download_and_upload_round_trip_and_raise_the_reg_version() throws Exception {
    Unit unit = TestUnits.listed();
    Device device = Fep.register(unit);
    ObjectNode request =
        Fep.JSON
            .createObjectNode()
            .put("deviceId", device.deviceId())
            .put("enterpriseCode", device.creditCode());
    JsonNode config = Fep.call("downloadConfigData", request);
    assertEquals("0", Fep.code(config));
    assertEquals(unit.creditCode(), config.path("enterprise").path("code").asText());
    assertEquals(2, config.path("collectItemConfig").size());

    Item electricity = Item.daily(TestUnits.DAILY_ELECTRICITY, "2026-10-03", "10");
    assertEquals("0", Fep.code(Fep.call("uploadEnergyData", Fep.upload(device, electricity))));

    ObjectNode upload = request.deepCopy();
    upload.putObject("enterprise").put("name", "更名后的水泥有限公司");
    upload
        .putArray("collectItemConfig")
        .addObject()
        .put("name", "全厂原煤消费量（月）")
        .put("processCode", "00")
        .put("processUnitCode", "00")
        .put("equipmentCode", "00")
        .put("equipmentUnitCode", "00")
        .put("energyClassCode", "01")
        .put("energyTypeCode", "0100")
        .put("dataUsageCode", "11")
        .put("inputType", "1")
        .put("statType", "2")
        .put("scope", "1")
        .put("dataValueMin", "0")
        .put("dataValueMax", "5000000");
    JsonNode stored = Fep.call("uploadEnergyInfo", upload);
    assertEquals("0", Fep.code(stored), Fep.message(stored));
    assertEquals("2", stored.path("regVersion").asText());

    JsonNode after = Fep.call("downloadConfigData", request);
    assertEquals("更名后的水泥有限公司", after.path("enterprise").path("name").asText());
    assertEquals(1, after.path("collectItemConfig").size());
    assertEquals(
        "00-00-0000-010100-11", after.path("collectItemConfig").get(0).path("dataCode").asText());
    // the new item is expected from today on; the removed one still counts for past figures
    assertEquals(
        1,
        PlatformServicesSession.count(
            "select count(*) from collect_item where unit_id = "
                + unit.id()
                + " and data_code = '00-00-0000-010100-11' and collecting_since ="
                + " (now() at time zone 'Asia/Shanghai')::date"));
    assertEquals(
        1,
        PlatformServicesSession.count(
            "select count(*) from unit_data_code where unit_id = "
                + unit.id()
                + " and data_code = '"
                + electricity.dataCode()
                + "'"));
    // the item just removed from the configuration is refused at once (no stale cache)
    JsonNode refused = Fep.call("uploadEnergyData", Fep.upload(device, electricity));
    assertTrue(Fep.message(refused).contains("未在本单位采集项配置中"), Fep.message(refused));
    JsonNode versions =
        Fep.call("versionCheck", Fep.JSON.createObjectNode().put("deviceId", device.deviceId()));
    assertEquals("2", versions.path("regVersion").asText());
  }

  @Test
  void an_acknowledged_upload_is_stored_once_and_a_resend_keeps_the_replaced_value()
      throws Exception {
    Unit unit = TestUnits.listed();
    Device device = Fep.register(unit);
    Item first = Item.daily(TestUnits.DAILY_ELECTRICITY, "2026-10-01", "1200.5");
    Item second = Item.daily(TestUnits.DAILY_GAS, "2026-10-01", "88");

    assertEquals("0", Fep.code(Fep.call("uploadEnergyData", Fep.upload(device, first, second))));
    TestUnits.awaitStoredUploads(unit, 1);
    assertEquals(2, TestUnits.readings(unit));

    // the same values again: nothing changes, no revision
    assertEquals("0", Fep.code(Fep.call("uploadEnergyData", Fep.upload(device, first, second))));
    TestUnits.awaitStoredUploads(unit, 2);
    assertEquals(2, TestUnits.readings(unit));
    assertEquals(0, TestUnits.revisions(unit));

    // a corrected value (补传) replaces it; the replaced one is kept as a revision
    assertEquals(
        "0", Fep.code(Fep.call("uploadEnergyData", Fep.upload(device, first.withValue("1300")))));
    TestUnits.awaitStoredUploads(unit, 3);
    assertEquals(2, TestUnits.readings(unit));
    assertEquals(1, TestUnits.revisions(unit));

    String token = Api.token(Api.Accounts.PROVINCE[0], Api.Accounts.PROVINCE[1]);
    HttpResponse<String> response =
        Api.get(
            "/api/v1/units/" + unit.creditCode() + "/data?statType=1&from=2026-10-01&to=2026-10-01",
            token,
            "application/json");
    assertEquals(200, response.statusCode(), response.body());
    JsonNode values = Api.json(response);
    assertEquals(2, values.size());
    JsonNode electricity =
        TestUnits.DAILY_ELECTRICITY.equals(values.get(0).path("dataCode").asText())
            ? values.get(0)
            : values.get(1);
    assertEquals(1300.0, electricity.path("value").asDouble(), 1e-9);
    assertEquals("2026-10-01 00:00:00", electricity.path("statDate").asText());
    assertEquals(1, electricity.path("revisions").size());
    assertEquals(1200.5, electricity.path("revisions").get(0).path("value").asDouble(), 1e-9);
    assertEquals("device", electricity.path("revisions").get(0).path("source").asText());
  }

  @Test
  void a_value_outside_the_configured_range_is_stored_flagged() throws Exception {
    Unit unit = TestUnits.listed();
    Device device = Fep.register(unit);
    JsonNode answer =
        Fep.call(
            "uploadEnergyData",
            Fep.upload(device, Item.daily(TestUnits.DAILY_ELECTRICITY, "2026-10-02", "250000")));
    assertEquals("0", Fep.code(answer));
    TestUnits.awaitReadings(unit, 1);
    assertEquals(
        1,
        PlatformServicesSession.count(
            "select count(*) from reading where out_of_range and unit_id = " + unit.id()));
    assertEquals(
        1,
        PlatformServicesSession.count(
            "select count(*) from upload_log where flagged = 1 and unit_id = " + unit.id()));
  }

  @Test
  void another_citys_official_cannot_read_the_units_values_or_uploads() throws Exception {
    Unit unit = TestUnits.listed(); // Shijiazhuang
    String tangshan = Api.token(Api.Accounts.TANGSHAN[0], Api.Accounts.TANGSHAN[1]);
    assertEquals(
        403,
        Api.get(
                "/api/v1/units/" + unit.creditCode() + "/data?from=2026-10-01&to=2026-10-02",
                tangshan,
                "application/json")
            .statusCode());
    assertEquals(
        403,
        Api.get("/api/v1/units/" + unit.creditCode() + "/uploads", tangshan, "application/json")
            .statusCode());
    String enterprise = Api.token(Api.Accounts.ENTERPRISE[0], Api.Accounts.ENTERPRISE[1]);
    assertEquals(403, Api.get("/api/v1/exchange/log", enterprise, "application/json").statusCode());
  }
}
