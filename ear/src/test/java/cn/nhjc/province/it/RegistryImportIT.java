package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.it.Fep.Device;
import cn.nhjc.province.it.Fep.Item;
import cn.nhjc.province.it.TestUnits.Unit;
import cn.nhjc.province.registry.domain.CreditCodes;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The province's key-unit list decides who may register; administrators rotate keys. */
class RegistryImportIT extends PlatformClientTest {

  private static String code(String region) {
    return CreditCodes.enterpriseCode(
        region, String.format("%08d", ThreadLocalRandom.current().nextInt(90_000_000)));
  }

  @Test
  void the_csv_import_takes_the_good_lines_reports_the_bad_ones_and_opens_register()
      throws Exception {
    String good = code("130104");
    String badCheck = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
    String csv =
        "creditCode,name,regionCode,industryCode,level\n"
            + good
            + ",石家庄导入测试钢铁有限公司,130104,C3120,province\n"
            + badCheck
            + ",校验位错误公司,130104,C3120,province\n"
            + code("370602")
            + ",外省公司,370602,C3120,province\n"
            + code("130104")
            + ",行业不存在公司,130104,X9999,province\n";
    String admin = Api.token(Api.Accounts.ADMIN[0], Api.Accounts.ADMIN[1]);
    HttpResponse<String> response = Api.postCsv("/api/v1/units/import", csv, admin);
    assertEquals(200, response.statusCode(), response.body());
    JsonNode result = Api.json(response);
    assertEquals(1, result.path("imported").asInt(), response.body());
    assertEquals(3, result.path("rejected").size(), response.body());
    assertEquals(3, result.path("rejected").get(0).path("line").asInt());
    assertEquals(4, result.path("rejected").get(1).path("line").asInt());
    assertEquals(5, result.path("rejected").get(2).path("line").asInt());
    assertEquals(
        1,
        PlatformServicesSession.count(
            "select count(*) from key_unit where credit_code = '" + good + "'"));

    JsonNode registered =
        Fep.call(
            "register",
            Fep.JSON.createObjectNode().put("region", "130104").put("enterpriseCode", good));
    assertEquals("0", Fep.code(registered), Fep.message(registered));

    String official = Api.token(Api.Accounts.PROVINCE[0], Api.Accounts.PROVINCE[1]);
    assertEquals(403, Api.postCsv("/api/v1/units/import", csv, official).statusCode());
  }

  @Test
  void a_rotated_key_stops_the_old_one_and_the_unit_registers_and_is_confirmed_again_for_the_new()
      throws Exception {
    Unit unit = TestUnits.listed();
    Device device = Fep.register(unit);
    Item item = Item.daily(TestUnits.DAILY_ELECTRICITY, "2026-10-10", "10");
    String admin = Api.token(Api.Accounts.ADMIN[0], Api.Accounts.ADMIN[1]);
    // accepted first: the front-end processor now keeps the device and its key (DeviceKeyCache)
    assertEquals("0", Fep.code(Fep.call("uploadEnergyData", Fep.upload(device, item))));

    HttpResponse<String> rotated =
        Api.post("/api/v1/units/" + unit.creditCode() + "/device/rotate-key", admin);
    assertEquals(204, rotated.statusCode(), rotated.body());

    JsonNode refused = Fep.call("uploadEnergyData", Fep.upload(device, item));
    assertTrue(Fep.message(refused).startsWith("设备待确认"), Fep.message(refused));

    Device renewed = Fep.registerPending(unit);
    assertTrue(!device.deviceId().equals(renewed.deviceId()), "a new deviceId with the new key");
    assertTrue(!device.secretKey().equals(renewed.secretKey()));
    JsonNode pending = Fep.call("uploadEnergyData", Fep.upload(renewed, item));
    assertTrue(Fep.message(pending).startsWith("设备待确认"), "pending until confirmed again");
    JsonNode old = Fep.call("uploadEnergyData", Fep.upload(device, item));
    assertEquals("序列号与企业统一社会信用代码不符", Fep.message(old), "the old deviceId is gone");
    Fep.confirm(Api.BASE, renewed.deviceId());
    assertEquals("0", Fep.code(Fep.call("uploadEnergyData", Fep.upload(renewed, item))));
    TestUnits.awaitReadings(unit, 1);

    JsonNode third = Fep.call("register", Fep.registration(unit));
    assertEquals("1", Fep.code(third));

    HttpResponse<String> devices = Api.get("/api/v1/devices?size=500", admin, "application/json");
    assertEquals(200, devices.statusCode(), devices.body());
    assertTrue(devices.body().contains(renewed.deviceId().substring(0, 6) + "…"));
    assertTrue(!devices.body().contains(renewed.deviceId()), "nor a whole deviceId");
    assertTrue(!devices.body().contains(renewed.secretKey()), "the API never shows a key");
  }
}
