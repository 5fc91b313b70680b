package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.it.Fep.Item;
import cn.nhjc.province.it.TestUnits.Unit;
import cn.nhjc.province.registry.domain.CreditCodes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** A city platform uploads, in clear, the data of units of its own city, and of no other. */
class CityPlatformIT extends PlatformClientTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String YESTERDAY =
      LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();

  private static Unit tangshanUnit() throws Exception {
    String organization = String.format("%08d", ThreadLocalRandom.current().nextInt(90_000_000));
    return TestUnits.listed(CreditCodes.enterpriseCode("130203", organization), "130203");
  }

  private static HttpResponse<String> upload(String[] account, Unit unit, Item... items)
      throws Exception {
    ObjectNode body = JSON.createObjectNode();
    ArrayNode data = body.putArray("data");
    for (Item item : items) {
      data.addObject()
          .put("dataCode", item.dataCode())
          .put("dataValue", item.value())
          .put("inputType", item.inputType())
          .put("statType", item.statType())
          .put("statDate", item.statDate())
          .put("scope", item.scope())
          .put("valid", item.valid());
    }
    return Api.postJson(
        "/api/v1/units/" + unit.creditCode() + "/data",
        JSON.writeValueAsString(body),
        Api.token(account[0], account[1]));
  }

  private static long logged(Unit unit, boolean accepted) throws Exception {
    return PlatformServicesSession.count(
        "select count(*) from upload_log where operation = 'cityUpload' and credit_code = '"
            + unit.creditCode()
            + "' and accepted = "
            + accepted);
  }

  @Test
  void city_platform_uploads_for_a_unit_of_its_city_and_the_values_are_stored_as_from_the_city()
      throws Exception {
    Unit unit = tangshanUnit();
    HttpResponse<String> response =
        upload(
            Api.Accounts.CITY_PLATFORM_TANGSHAN,
            unit,
            Item.daily(TestUnits.DAILY_ELECTRICITY, YESTERDAY, "35000.5"),
            Item.daily(TestUnits.DAILY_GAS, YESTERDAY, "250000"));
    assertEquals(200, response.statusCode(), response.body());
    JsonNode answer = Api.json(response);
    assertEquals("0", answer.path("responseCode").asText());
    assertEquals("RECEIVE SUCCESS", answer.path("responseMessage").asText());
    assertEquals(2, answer.path("accepted").asInt());
    assertEquals(1, answer.path("flagged").asInt(), "gas above the item's configured maximum");

    TestUnits.awaitReadings(unit, 2);
    assertEquals(
        2,
        PlatformServicesSession.count(
            "select count(*) from reading where source = 'city' and unit_id = " + unit.id()));
    assertEquals(
        1,
        PlatformServicesSession.count(
            "select count(*) from reading where out_of_range and unit_id = " + unit.id()));
    assertEquals(1, logged(unit, true));
  }

  @Test
  void a_unit_of_another_city_is_forbidden_and_nothing_is_stored() throws Exception {
    Unit shijiazhuang = TestUnits.listed();
    HttpResponse<String> response =
        upload(
            Api.Accounts.CITY_PLATFORM_TANGSHAN,
            shijiazhuang,
            Item.daily(TestUnits.DAILY_ELECTRICITY, YESTERDAY, "100"));
    assertEquals(403, response.statusCode(), response.body());
    Thread.sleep(1000);
    assertEquals(0, TestUnits.readings(shijiazhuang));
    assertEquals(1, logged(shijiazhuang, false));
    assertEquals(0, logged(shijiazhuang, true));
  }

  @Test
  void a_bad_item_refuses_the_upload_in_the_protocols_form() throws Exception {
    Unit unit = tangshanUnit();
    HttpResponse<String> response =
        upload(
            Api.Accounts.CITY_PLATFORM_TANGSHAN,
            unit,
            Item.daily(TestUnits.DAILY_ELECTRICITY, YESTERDAY, "100"),
            new Item(TestUnits.DAILY_GAS, "100", "4", "1", YESTERDAY + " 08:00:00", "1", "1"));
    assertEquals(400, response.statusCode(), response.body());
    JsonNode answer = Api.json(response);
    assertEquals("1", answer.path("responseCode").asText());
    assertTrue(answer.path("responseMessage").asText().startsWith("第2条数据："), answer.toString());
    assertTrue(answer.path("responseMessage").asText().contains("不符"), answer.toString());
    Thread.sleep(1000);
    assertEquals(0, TestUnits.readings(unit));
    assertEquals(1, logged(unit, false));
  }

  @Test
  void a_city_official_or_a_unit_may_not_upload_through_the_city_api() throws Exception {
    Unit unit = tangshanUnit();
    for (String[] account : new String[][] {Api.Accounts.TANGSHAN, Api.Accounts.ENTERPRISE}) {
      HttpResponse<String> response =
          upload(account, unit, Item.daily(TestUnits.DAILY_ELECTRICITY, YESTERDAY, "100"));
      assertEquals(403, response.statusCode(), account[0] + ": " + response.body());
    }
    assertEquals(0, TestUnits.readings(unit));
  }
}
