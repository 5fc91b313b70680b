package cn.nhjc.province.simulator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The platform's readiness check (MicroProfile Health), read as each check's data by its name. */
final class Readiness {

  private Readiness() {}

  /**
   * Asks once; a check without data is left out.
   *
   * @throws IOException when the check does not answer, or not with the health JSON
   */
  static Map<String, JsonObject> checks(HttpClient http, URI readiness)
      throws IOException, InterruptedException {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString());
    Map<String, JsonObject> data = new HashMap<>();
    try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
      for (JsonValue value : reader.readObject().getJsonArray("checks")) {
        JsonObject check = value.asJsonObject();
        if (check.containsKey("data")) {
          data.put(check.getString("name"), check.getJsonObject("data"));
        }
      }
    } catch (RuntimeException e) {
      throw new IOException("the readiness check did not answer with its JSON", e);
    }
    return data;
  }
}
