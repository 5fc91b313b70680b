package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Health that tells the truth: the management interface's readiness answers with each of the
 * platform's checks and its figures, liveness with the intake's deliveries; the intake lanes are
 * served to administrators and supervisors, and refused to other roles.
 */
class HealthIT extends PlatformClientTest {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void readiness_names_every_check_of_the_platform_with_its_figures() throws Exception {
    JsonNode ready = health("ready");
    Map<String, JsonNode> checks = checks(ready);
    for (String name :
        new String[] {
          "database",
          "prepared-transactions",
          "intake-lanes",
          "rollups",
          "master-key",
          "identity-provider"
        }) {
      assertTrue(checks.containsKey(name), name + " in " + ready);
      assertEquals("UP", checks.get(name).path("status").asText(), checks.get(name).toString());
    }
    assertEquals("UP", ready.path("status").asText(), ready.toString());
    JsonNode lanes = checks.get("intake-lanes").path("data");
    assertTrue(lanes.has("live.waiting") && lanes.has("catch-up.oldestAgeMs"), lanes.toString());
    assertTrue(lanes.path("deadLetters").asLong() >= 0, "the broker counts the dead letters");
    assertEquals(0, checks.get("prepared-transactions").path("data").path("prepared").asLong());
    assertTrue(checks.get("database").path("data").path("maxLocksPerTransaction").asLong() >= 256);

    JsonNode live = health("live");
    JsonNode deliveries = checks(live).get("intake-deliveries");
    assertEquals("UP", deliveries.path("status").asText(), live.toString());
    assertTrue(deliveries.path("data").has("longestDeliveryMs"));
  }

  @Test
  void the_intake_lanes_are_served_to_administrators_and_supervisors_only() throws Exception {
    String supervisor = Api.token(Api.Accounts.SUPERVISOR[0], Api.Accounts.SUPERVISOR[1]);
    HttpResponse<String> answer = Api.get("/api/v1/exchange/lanes", supervisor, "application/json");
    assertEquals(200, answer.statusCode(), answer.body());
    JsonNode lanes = Api.json(answer);
    assertEquals(2, lanes.size(), lanes.toString());
    assertEquals("live", lanes.get(0).path("lane").asText());
    assertEquals("catch-up", lanes.get(1).path("lane").asText());
    assertTrue(lanes.get(0).path("known").asBoolean(), "the broker reports the live queue");
    assertTrue(!lanes.get(0).path("stalled").asBoolean(), lanes.toString());

    String enterprise = Api.token(Api.Accounts.ENTERPRISE[0], Api.Accounts.ENTERPRISE[1]);
    assertEquals(
        403, Api.get("/api/v1/exchange/lanes", enterprise, "application/json").statusCode());
  }

  private static JsonNode health(String probe) throws Exception {
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://localhost:9990/health/" + probe)).build(),
            HttpResponse.BodyHandlers.ofString());
    return Fep.JSON.readTree(answer.body());
  }

  private static Map<String, JsonNode> checks(JsonNode health) {
    Map<String, JsonNode> byName = new HashMap<>();
    health.path("checks").forEach(check -> byName.put(check.path("name").asText(), check));
    return byName;
  }
}
