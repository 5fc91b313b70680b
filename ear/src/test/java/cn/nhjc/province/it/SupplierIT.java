package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.it.TestUnits.Unit;
import cn.nhjc.province.registry.domain.CreditCodes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Energy suppliers send supply figures; the reconciliation sets them against reported purchases.
 */
class SupplierIT extends PlatformClientTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String POWER_SUPPLIER = "91130000100000016M";
  private static final String PURCHASED_ELECTRICITY = "00-00-0000-023300-10";

  /** A month that lies wholly in the past, so that every day of it may be sent. */
  private static final YearMonth PERIOD = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(2);

  private static ObjectNode figure(
      String creditCode, String energyType, String statType, String statDate, String value) {
    return JSON.createObjectNode()
        .put("creditCode", creditCode)
        .put("energyTypeCode", energyType)
        .put("statType", statType)
        .put("statDate", statDate)
        .put("value", value);
  }

  private static String monthStart() {
    return PERIOD.atDay(1) + " 00:00:00";
  }

  private static HttpResponse<String> supply(String[] account, ObjectNode... figures)
      throws Exception {
    ObjectNode body = JSON.createObjectNode();
    ArrayNode items = body.putArray("items");
    for (ObjectNode figure : figures) {
      items.add(figure);
    }
    return Api.postJson(
        "/api/v1/supply", JSON.writeValueAsString(body), Api.token(account[0], account[1]));
  }

  private static JsonNode reconciliation(String[] account) throws Exception {
    HttpResponse<String> response =
        Api.get(
            "/api/v1/reconciliation?period=" + PERIOD + "&energyType=3300",
            Api.token(account[0], account[1]),
            "application/json");
    assertEquals(200, response.statusCode(), response.body());
    return Api.json(response);
  }

  private static JsonNode rowOf(JsonNode report, Unit unit) {
    for (JsonNode row : report.path("rows")) {
      if (unit.creditCode().equals(row.path("creditCode").asText())) {
        return row;
      }
    }
    return null;
  }

  /** A monthly whole-plant purchase as the unit's device would have reported it. */
  private static void reportPurchase(Unit unit, String value) throws Exception {
    try (Connection db = PlatformServicesSession.database();
        PreparedStatement insert =
            db.prepareStatement(
                "insert into reading (unit_id, data_code, stat_type, stat_date, value, input_type)"
                    + " values (?, ?, 2, (cast(? as timestamp) at time zone 'Asia/Shanghai'),"
                    + " cast(? as numeric), 5)")) {
      insert.setLong(1, unit.id());
      insert.setString(2, PURCHASED_ELECTRICITY);
      insert.setString(3, monthStart());
      insert.setString(4, value);
      insert.executeUpdate();
    }
  }

  private static long figuresOf(Unit unit) throws Exception {
    return PlatformServicesSession.count(
        "select count(*) from supply_figure where unit_id = " + unit.id());
  }

  private static Unit tangshanUnit() throws Exception {
    String organization = String.format("%08d", ThreadLocalRandom.current().nextInt(90_000_000));
    return TestUnits.listed(CreditCodes.enterpriseCode("130203", organization), "130203");
  }

  @Test
  void supplier_figures_and_reported_purchases_meet_in_the_reconciliation_with_their_rate()
      throws Exception {
    Unit monthly = TestUnits.listed();
    Unit daily = TestUnits.listed();
    reportPurchase(monthly, "108000");
    reportPurchase(daily, "1000");

    HttpResponse<String> response =
        supply(
            Api.Accounts.SUPPLIER_POWER,
            figure(monthly.creditCode(), "3300", "2", monthStart(), "100000"),
            figure(daily.creditCode(), "3300", "1", PERIOD.atDay(3) + " 00:00:00", "400"),
            figure(daily.creditCode(), "3300", "1", PERIOD.atDay(4) + " 00:00:00", "600"));
    assertEquals(200, response.statusCode(), response.body());
    JsonNode answer = Api.json(response);
    assertEquals("0", answer.path("responseCode").asText());
    assertEquals("RECEIVE SUCCESS", answer.path("responseMessage").asText());
    assertEquals(3, answer.path("accepted").asInt());
    assertEquals(1, figuresOf(monthly));
    assertEquals(2, figuresOf(daily));

    JsonNode report = reconciliation(Api.Accounts.PROVINCE);
    JsonNode first = rowOf(report, monthly);
    assertNotNull(first, report.toString());
    assertEquals(100000, first.path("supplied").asDouble(), 1e-6);
    assertEquals(108000, first.path("reported").asDouble(), 1e-6);
    assertEquals(8000, first.path("difference").asDouble(), 1e-6);
    assertEquals(0.08, first.path("differenceRate").asDouble(), 1e-9);
    assertTrue(first.path("flagged").asBoolean(), "8 % exceeds the 5 % tolerance");

    JsonNode second = rowOf(report, daily);
    assertNotNull(second, report.toString());
    assertEquals(1000, second.path("supplied").asDouble(), 1e-6, "the daily figures are summed");
    assertEquals(0, second.path("differenceRate").asDouble(), 1e-9);
    assertFalse(second.path("flagged").asBoolean());

    assertTrue(
        PlatformServicesSession.count(
                "select count(*) from upload_log where operation = 'supply' and accepted"
                    + " and credit_code = '"
                    + POWER_SUPPLIER
                    + "' and items = 3")
            >= 1);
  }

  @Test
  void a_resent_figure_replaces_the_stored_amount() throws Exception {
    Unit unit = TestUnits.listed();
    assertEquals(
        200,
        supply(
                Api.Accounts.SUPPLIER_POWER,
                figure(unit.creditCode(), "3300", "2", monthStart(), "500"))
            .statusCode());
    assertEquals(
        200,
        supply(
                Api.Accounts.SUPPLIER_POWER,
                figure(unit.creditCode(), "3300", "2", monthStart(), "700"))
            .statusCode());
    assertEquals(1, figuresOf(unit));
    JsonNode row = rowOf(reconciliation(Api.Accounts.PROVINCE), unit);
    assertEquals(700, row.path("supplied").asDouble(), 1e-6);
    assertEquals(0, row.path("reported").asDouble(), 1e-6);
    assertEquals(-1, row.path("differenceRate").asDouble(), 1e-9, "nothing reported: −100 %");
    assertTrue(row.path("flagged").asBoolean());
  }

  @Test
  void a_type_the_supplier_does_not_supply_refuses_the_whole_request_and_stores_nothing()
      throws Exception {
    Unit unit = TestUnits.listed();
    HttpResponse<String> response =
        supply(
            Api.Accounts.SUPPLIER_POWER,
            figure(unit.creditCode(), "3300", "2", monthStart(), "100"),
            figure(unit.creditCode(), "1500", "2", monthStart(), "100"));
    assertEquals(400, response.statusCode(), response.body());
    JsonNode answer = Api.json(response);
    assertEquals("1", answer.path("responseCode").asText());
    assertTrue(
        answer.path("responseMessage").asText().startsWith("第2条数据：能源品种 1500"), answer.toString());
    assertEquals(0, figuresOf(unit));
    assertTrue(
        PlatformServicesSession.count(
                "select count(*) from upload_log where operation = 'supply' and not accepted"
                    + " and reason like '第2条数据：能源品种 1500%'")
            >= 1);
  }

  @Test
  void the_gas_supplier_may_send_gas_and_a_unit_off_the_list_is_refused() throws Exception {
    Unit unit = TestUnits.listed();
    assertEquals(
        200,
        supply(
                Api.Accounts.SUPPLIER_GAS,
                figure(unit.creditCode(), "1500", "2", monthStart(), "2500.5"))
            .statusCode());
    HttpResponse<String> unlisted =
        supply(
            Api.Accounts.SUPPLIER_GAS,
            figure(
                CreditCodes.enterpriseCode("130102", "99999998"), "1500", "2", monthStart(), "1"));
    assertEquals(400, unlisted.statusCode(), unlisted.body());
    assertTrue(Api.json(unlisted).path("responseMessage").asText().contains("名单"));
  }

  @Test
  void a_city_official_of_tangshan_does_not_see_a_shijiazhuang_unit() throws Exception {
    Unit tangshan = tangshanUnit();
    Unit shijiazhuang = TestUnits.listed();
    assertEquals(
        200,
        supply(
                Api.Accounts.SUPPLIER_POWER,
                figure(tangshan.creditCode(), "3300", "2", monthStart(), "1000"),
                figure(shijiazhuang.creditCode(), "3300", "2", monthStart(), "1000"))
            .statusCode());

    JsonNode report = reconciliation(Api.Accounts.TANGSHAN);
    assertNotNull(rowOf(report, tangshan), report.toString());
    assertNull(rowOf(report, shijiazhuang), report.toString());
    for (JsonNode row : report.path("rows")) {
      assertTrue(row.path("regionCode").asText().startsWith("1302"), row.toString());
    }
    assertNotNull(rowOf(reconciliation(Api.Accounts.PROVINCE), shijiazhuang));
  }

  @Test
  void other_roles_may_neither_send_figures_nor_read_the_reconciliation() throws Exception {
    Unit unit = TestUnits.listed();
    HttpResponse<String> enterprise =
        supply(Api.Accounts.ENTERPRISE, figure(unit.creditCode(), "3300", "2", monthStart(), "1"));
    assertEquals(403, enterprise.statusCode(), enterprise.body());
    assertEquals(0, figuresOf(unit));
    // a city platform has a city scope, but the reconciliation is for officials
    for (String[] account :
        new String[][] {Api.Accounts.SUPPLIER_POWER, Api.Accounts.CITY_PLATFORM_TANGSHAN}) {
      HttpResponse<String> response =
          Api.get(
              "/api/v1/reconciliation?period=" + PERIOD + "&energyType=3300",
              Api.token(account[0], account[1]),
              "application/json");
      assertEquals(403, response.statusCode(), account[0] + ": " + response.body());
    }
  }

  @Test
  void the_reconciliation_page_opens_for_officials_and_not_for_suppliers() throws Exception {
    HttpResponse<String> page =
        Api.get(
            "/gov/monitoring/reconciliation.xhtml",
            Api.token(Api.Accounts.PROVINCE[0], Api.Accounts.PROVINCE[1]),
            "text/html");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("能源供应单位数据核对"), page.body());
    assertTrue(page.body().contains("电力"), "the power supplier's energy type is offered");
    assertEquals(
        403,
        Api.get(
                "/gov/monitoring/reconciliation.xhtml",
                Api.token(Api.Accounts.SUPPLIER_POWER[0], Api.Accounts.SUPPLIER_POWER[1]),
                "text/html")
            .statusCode());
  }
}
