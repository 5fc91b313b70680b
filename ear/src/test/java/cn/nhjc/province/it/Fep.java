package cn.nhjc.province.it;

import cn.nhjc.province.exchange.domain.Sm4FieldCipher;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** An end device's side of the front-end processor's protocol, as a test drives it. */
public final class Fep {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final ObjectMapper JSON = new ObjectMapper();

  private Fep() {}

  /** A registered device of a test unit. */
  public record Device(String deviceId, String creditCode, String secretKey) {
    public Sm4FieldCipher cipher() {
      return Sm4FieldCipher.ofHexKey(secretKey);
    }
  }

  public static HttpResponse<String> post(String operation, String body) throws Exception {
    return post(Api.BASE, operation, body);
  }

  /** Posts a request to the front-end processor of the server at {@code base}. */
  public static HttpResponse<String> post(String base, String operation, String body)
      throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + "/fep/enterprise/" + operation))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Posts and reads the answer, which must be HTTP 200 with the protocol envelope. */
  public static JsonNode call(String operation, JsonNode body) throws Exception {
    HttpResponse<String> response = post(operation, JSON.writeValueAsString(body));
    if (response.statusCode() != 200) {
      throw new AssertionError(operation + " answered HTTP " + response.statusCode());
    }
    return JSON.readTree(response.body());
  }

  /** A register request for the unit, as its device would send it. */
  public static ObjectNode registration(TestUnits.Unit unit) {
    return JSON.createObjectNode()
        .put("region", unit.regionCode())
        .put("enterpriseCode", unit.creditCode());
  }

  /** Registers the unit's device and has the administrator confirm it, ready to upload. */
  public static Device register(TestUnits.Unit unit) throws Exception {
    Device device = registerPending(unit);
    confirm(Api.BASE, device.deviceId());
    return device;
  }

  /** Registers the unit's device, which stays pending until someone confirms it. */
  public static Device registerPending(TestUnits.Unit unit) throws Exception {
    JsonNode answer = call("register", registration(unit));
    if (!"0".equals(answer.path("responseCode").asText())) {
      throw new AssertionError("register refused: " + answer);
    }
    return new Device(
        answer.path("deviceId").asText(), unit.creditCode(), answer.path("secretKey").asText());
  }

  /**
   * Confirms a registered device as the platform administrator, through the API of the server at
   * {@code base} (every test server shares the suite's Keycloak).
   */
  public static void confirm(String base, String deviceId) throws Exception {
    String token = Api.token(Api.Accounts.ADMIN[0], Api.Accounts.ADMIN[1]);
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/devices/" + deviceId + "/confirm"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new AssertionError(
          "confirming the device answered HTTP " + response.statusCode() + ": " + response.body());
    }
  }

  /** One item in clear: dataCode, value, inputType, statType, statDate, scope, valid. */
  public record Item(
      String dataCode,
      String value,
      String inputType,
      String statType,
      String statDate,
      String scope,
      String valid) {
    public static Item daily(String dataCode, String day, String value) {
      return new Item(dataCode, value, "4", "1", day + " 00:00:00", "1", "1");
    }

    public Item withValue(String newValue) {
      return new Item(dataCode, newValue, inputType, statType, statDate, scope, valid);
    }
  }

  public static ObjectNode upload(Device device, Item... items) {
    ObjectNode body =
        JSON.createObjectNode()
            .put("deviceId", device.deviceId())
            .put("enterpriseCode", device.creditCode());
    ArrayNode data = body.putArray("data");
    Sm4FieldCipher cipher = device.cipher();
    for (Item item : items) {
      data.addObject()
          .put("dataCode", cipher.encrypt(item.dataCode()))
          .put("dataValue", cipher.encrypt(item.value()))
          .put("inputType", cipher.encrypt(item.inputType()))
          .put("statType", cipher.encrypt(item.statType()))
          .put("statDate", cipher.encrypt(item.statDate()))
          .put("uploadDate", cipher.encrypt("2026-11-01 01:00:00"))
          .put("scope", cipher.encrypt(item.scope()))
          .put("valid", cipher.encrypt(item.valid()));
    }
    return body;
  }

  public static String code(JsonNode answer) {
    return answer.path("responseCode").asText();
  }

  public static String message(JsonNode answer) {
    return answer.path("responseMessage").asText();
  }
}
