package cn.nhjc.province.it.incontainer;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The platform's REST API as a demo account (the administrator unless another is named) uses it,
 * called from inside the server so that an in-container test exercises the same token and role
 * checks as a script.
 */
final class AdminApi {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String user;
  private final String password;
  private String token;

  AdminApi() {
    this("admin", "Admin#Platform2026");
  }

  AdminApi(String user, String password) {
    this.user = user;
    this.password = password;
  }

  /** A JSON object the API answers with 200; anything else fails the test. */
  JsonObject object(String path) throws Exception {
    HttpResponse<String> response =
        HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new AssertionError(path + ": HTTP " + response.statusCode() + " " + response.body());
    }
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  /** Waits until the upload is among the dead letters, and returns its line; fails after 90 s. */
  JsonObject awaitDeadLetter(String uploadId) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      for (jakarta.json.JsonValue letter : deadLetters()) {
        if (uploadId.equals(letter.asJsonObject().getString("uploadId", null))) {
          return letter.asJsonObject();
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("upload " + uploadId + " did not reach the dead letters");
  }

  JsonArray deadLetters() throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            request("/api/v1/exchange/dead-letters?size=500").GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new AssertionError(
          "dead letters: HTTP " + response.statusCode() + " " + response.body());
    }
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject().getJsonArray("items");
    }
  }

  int send(String method, String path) throws Exception {
    return HTTP.send(
            request(path).method(method, HttpRequest.BodyPublishers.noBody()).build(),
            HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  private HttpRequest.Builder request(String path) throws Exception {
    return HttpRequest.newBuilder(URI.create("http://localhost:8080" + path))
        .header("Accept", "application/json")
        .header("Authorization", "Bearer " + token());
  }

  private String token() throws Exception {
    if (token == null) {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(
                          "http://localhost:8180/realms/energy/protocol/openid-connect/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "grant_type=password&client_id=energy-scripts&username="
                              + URLEncoder.encode(user, StandardCharsets.UTF_8)
                              + "&password="
                              + URLEncoder.encode(password, StandardCharsets.UTF_8)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
        token = reader.readObject().getString("access_token");
      }
    }
    return token;
  }
}
