package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Efficiency leaders: a province official prepares a list (the year's complete units, lowest value
 * first), reviews it and publishes it; each step is on the list and in the audit trail; the
 * published list is open to every signed-in caller; other roles may not prepare or publish.
 */
class EfficiencyLeadersIT extends PlatformClientTest {

  @BeforeAll
  static void computed() throws Exception {
    EfficiencyData.awaitComputed();
  }

  @Test
  void a_list_is_prepared_reviewed_and_published_and_then_open_to_all() throws Exception {
    String[] yi = EfficiencyData.busiestYearIndicator();
    String year = yi[0];
    String indicator = yi[1];
    String official = Api.token(Api.Accounts.PROVINCE[0], Api.Accounts.PROVINCE[1]);
    HttpResponse<String> prepared =
        Api.post("/api/v1/efficiency/leaders?indicator=" + indicator + "&year=" + year, official);
    assertEquals(200, prepared.statusCode(), prepared.body());
    JsonNode list = Api.json(prepared);
    assertEquals("draft", list.path("state").asText());
    assertEquals(Api.Accounts.PROVINCE[0], list.path("preparedBy").asText());
    JsonNode entries = list.path("entries");
    assertFalse(entries.isEmpty(), list.toString());
    BigDecimal previous = null;
    for (JsonNode e : entries) {
      BigDecimal value = e.path("value").decimalValue();
      if (previous != null) {
        assertTrue(previous.compareTo(value) <= 0, "lowest first: " + entries);
      }
      previous = value;
    }
    // the first entry is the lowest value among the year's complete units
    long lower =
        PlatformServicesSession.count(
            "select count(*) from efficiency_unit_indicator where period_type = 'Y'"
                + " and period_start = '"
                + year
                + "-01-01' and indicator = '"
                + indicator
                + "' and complete and value < "
                + entries.path(0).path("value").decimalValue().toPlainString());
    assertEquals(0, lower);
    long id = list.path("id").asLong();

    // a city official may not review; publishing a draft is refused
    String city = Api.token(Api.Accounts.TANGSHAN[0], Api.Accounts.TANGSHAN[1]);
    assertEquals(403, Api.post("/api/v1/efficiency/leaders/" + id + "/review", city).statusCode());
    assertEquals(
        400, Api.post("/api/v1/efficiency/leaders/" + id + "/publish", official).statusCode());

    JsonNode reviewed =
        Api.json(Api.post("/api/v1/efficiency/leaders/" + id + "/review", official));
    assertEquals("reviewed", reviewed.path("state").asText());
    JsonNode published =
        Api.json(Api.post("/api/v1/efficiency/leaders/" + id + "/publish", official));
    assertEquals("published", published.path("state").asText());
    assertEquals(Api.Accounts.PROVINCE[0], published.path("publishedBy").asText());

    String enterprise = Api.token(Api.Accounts.ENTERPRISE[0], Api.Accounts.ENTERPRISE[1]);
    HttpResponse<String> open =
        Api.get("/api/v1/efficiency/leaders?year=" + year, enterprise, "application/json");
    assertEquals(200, open.statusCode(), open.body());
    boolean found = false;
    for (JsonNode l : Api.json(open)) {
      found |= l.path("id").asLong() == id;
    }
    assertTrue(found, open.body());
    assertTrue(
        PlatformServicesSession.count(
                "select count(*) from audit_event where action in"
                    + " ('efficiency.leaders-prepare', 'efficiency.leaders-review',"
                    + " 'efficiency.leaders-publish') and object like '%"
                    + id
                    + "%' or (action = 'efficiency.leaders-prepare' and object like '%"
                    + indicator
                    + "%')")
            >= 3,
        "each step in the audit trail");
  }
}
