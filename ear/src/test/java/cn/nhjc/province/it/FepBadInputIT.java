package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.exchange.domain.Sm4FieldCipher;
import cn.nhjc.province.it.Fep.Device;
import cn.nhjc.province.it.Fep.Item;
import cn.nhjc.province.it.TestUnits.Unit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad upload gets its protocol error, stores nothing at all and leaves the server
 * able to take the next good upload.
 */
class FepBadInputIT extends PlatformClientTest {
  private static final String DAY = "2026-10-05";

  @Test
  void each_bad_upload_gets_its_protocol_error_and_stores_nothing() throws Exception {
    Unit unit = TestUnits.listed();
    Device device = Fep.register(unit);
    Device other = Fep.register(TestUnits.listed());
    Item good = Item.daily(TestUnits.DAILY_ELECTRICITY, DAY, "100");

    Map<String, Case> cases = new LinkedHashMap<>();
    cases.put(
        "malformed JSON",
        raw("{\"deviceId\": \"" + device.deviceId() + "\", \"data\": [", "报文格式错误"));
    cases.put("a JSON array", raw("[1, 2]", "报文格式错误"));
    cases.put(
        "odd-length hex",
        json(
            edit(device, good, item -> item.put("dataValue", item.get("dataValue").asText() + "3")),
            "解密失败！"));
    cases.put(
        "wrong key",
        json(
            Fep.upload(
                new Device(
                    device.deviceId(), device.creditCode(), "00112233445566778899aabbccddeeff"),
                good),
            "解密失败！"));
    cases.put(
        "unknown device",
        json(
            Fep.upload(
                new Device(
                    "0123456789abcdef0123456789abcdef", device.creditCode(), device.secretKey()),
                good),
            "序列号与企业统一社会信用代码不符"));
    cases.put(
        "another unit's device",
        json(
            Fep.upload(new Device(other.deviceId(), device.creditCode(), other.secretKey()), good),
            "序列号与企业统一社会信用代码不符"));
    cases.put(
        "empty deviceId and enterpriseCode",
        json(Fep.upload(new Device("", "", device.secretKey()), good), "序列号与企业统一社会信用代码不符"));
    cases.put(
        "dataCode not configured",
        json(Fep.upload(device, Item.daily("00-00-0000-010100-11", DAY, "5")), "未在本单位采集项配置中"));
    cases.put(
        "energy class not in the dictionary",
        json(Fep.upload(device, Item.daily("00-00-0000-993300-11", DAY, "5")), "不在字典中"));
    cases.put(
        "dataCode of the wrong shape",
        json(Fep.upload(device, Item.daily("0000-0000-023300-11", DAY, "5")), "格式错误"));
    cases.put("non-numeric value", json(Fep.upload(device, good.withValue("12,5")), "不是数字"));
    cases.put(
        "misaligned statDate",
        json(
            Fep.upload(
                device,
                new Item(TestUnits.DAILY_ELECTRICITY, "5", "4", "1", DAY + " 08:00:00", "1", "1")),
            "不符"));
    String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString();
    cases.put(
        "future statDate",
        json(Fep.upload(device, Item.daily(TestUnits.DAILY_ELECTRICITY, tomorrow, "5")), "晚于当前时间"));
    cases.put(
        "unknown statType",
        json(
            Fep.upload(
                device,
                new Item(TestUnits.DAILY_ELECTRICITY, "5", "4", "7", DAY + " 00:00:00", "1", "1")),
            "统计类型"));
    cases.put("the same item twice", json(Fep.upload(device, good, good.withValue("101")), "重复"));
    cases.put(
        "a good item followed by a bad one",
        json(Fep.upload(device, good, Item.daily(TestUnits.DAILY_GAS, DAY, "abc")), "第2条数据"));
    cases.put(
        "a value that is a number, not a string",
        json(edit(device, good, item -> item.put("dataValue", 12)), "应为字符串"));
    cases.put(
        "an item without its valid field",
        json(edit(device, good, item -> item.remove("valid")), "缺少字段 valid"));
    cases.put("more items than the limit", json(manyItems(device, 5_001), "超过上限"));
    cases.put("oversize body", raw(oversize(device), "报文长度超过上限"));

    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, Case> entry : cases.entrySet()) {
      HttpResponse<String> response = Fep.post("uploadEnergyData", entry.getValue().body());
      JsonNode answer = Fep.JSON.readTree(response.body());
      if (response.statusCode() != 200
          || !"1".equals(Fep.code(answer))
          || !Fep.message(answer).contains(entry.getValue().expected())) {
        failures.add(entry.getKey() + " → HTTP " + response.statusCode() + " " + response.body());
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
    assertEquals(
        "解密失败！",
        Fep.message(
            Fep.JSON.readTree(
                Fep.post("uploadEnergyData", cases.get("odd-length hex").body()).body())));

    Thread.sleep(500); // had anything been queued, the consumer would have stored it by now
    assertEquals(0, TestUnits.readings(unit));
    assertEquals(
        0,
        PlatformServicesSession.count(
            "select count(*) from upload_log where accepted and operation = 'uploadEnergyData'"
                + " and unit_id = "
                + unit.id()));
    assertTrue(
        PlatformServicesSession.count(
                "select count(*) from upload_log where not accepted and unit_id = " + unit.id())
            >= 10);

    assertEquals("0", Fep.code(Fep.call("uploadEnergyData", Fep.upload(device, good))));
    TestUnits.awaitReadings(unit, 1);
  }

  @Test
  void the_real_log_ciphertexts_decrypt_under_the_imported_key() throws Exception {
    // the Shandong log's device and key (test-vectors/sm4-shandong-log.json), imported as a
    // province migrating from a previous platform would
    Unit unit = TestUnits.listed("91370600710936591P", "130102");
    String admin = Api.token(Api.Accounts.ADMIN[0], Api.Accounts.ADMIN[1]);
    HttpResponse<String> imported =
        Api.postCsv(
            "/api/v1/devices/import",
            "creditCode,deviceId,secretKey\n"
                + "91370600710936591P,92ddac131d0517f12f754b9738efeb83,7c7ab08b3d934268996faf7eb5e0342d\n",
            admin);
    assertEquals(200, imported.statusCode(), imported.body());
    assertEquals(1, Api.json(imported).path("imported").asInt(), imported.body());

    ObjectNode body =
        Fep.JSON
            .createObjectNode()
            .put("deviceId", "92ddac131d0517f12f754b9738efeb83")
            .put("enterpriseCode", "91370600710936591P");
    body.putArray("data")
        .addObject()
        .put("dataCode", "95d7b06994005f47de5367ffbb3b7f34100a70345ef39107385dae3dc82b239e")
        .put("dataValue", "2dc92937e5be615404f1e84aaf7e38b3")
        .put("inputType", "60fbe13e0d2622609a103290ad7af918")
        .put("statType", "60fbe13e0d2622609a103290ad7af918")
        .put("statDate", "e3f08d46daafebc46d5507cffff2ae40630ca523ed82b972565fff4dc37dda9c")
        .put("uploadDate", "d6f2ed2d17b062fdd332112d3eff2da6630ca523ed82b972565fff4dc37dda9c")
        .put("scope", "60fbe13e0d2622609a103290ad7af918")
        .put("valid", "60fbe13e0d2622609a103290ad7af918");
    JsonNode answer = Fep.call("uploadEnergyData", body);
    assertEquals("0", Fep.code(answer), Fep.message(answer));
    assertEquals("RECEIVE SUCCESS", Fep.message(answer));
    TestUnits.awaitReadings(unit, 1);
    assertEquals(
        1,
        PlatformServicesSession.count(
            "select count(*) from reading where unit_id = "
                + unit.id()
                + " and value = 123.45 and data_code = '00-00-0000-023300-11' and stat_type = 1"
                + " and stat_date = timestamptz '2021-10-08 00:00:00+08'"));
  }

  private record Case(String body, String expected) {}

  private static Case raw(String body, String expected) {
    return new Case(body, expected);
  }

  private static Case json(JsonNode body, String expected) throws Exception {
    return new Case(Fep.JSON.writeValueAsString(body), expected);
  }

  private static ObjectNode edit(Device device, Item item, Function<ObjectNode, Object> change) {
    ObjectNode body = Fep.upload(device, item);
    change.apply((ObjectNode) body.path("data").get(0));
    return body;
  }

  private static ObjectNode manyItems(Device device, int count) {
    Item[] items = new Item[count];
    LocalDate day = LocalDate.parse("2010-01-01");
    for (int i = 0; i < count; i++) {
      items[i] = Item.daily(TestUnits.DAILY_ELECTRICITY, day.plusDays(i).toString(), "1");
    }
    return Fep.upload(device, items);
  }

  private static String oversize(Device device) throws Exception {
    Sm4FieldCipher cipher = device.cipher();
    String padding = cipher.encrypt("x".repeat(4 * 1024 * 1024 / 2));
    return "{\"deviceId\":\""
        + device.deviceId()
        + "\",\"enterpriseCode\":\""
        + device.creditCode()
        + "\",\"data\":[{\"dataCode\":\""
        + padding
        + "\"}]}";
  }
}
