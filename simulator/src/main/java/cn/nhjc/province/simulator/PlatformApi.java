package cn.nhjc.province.simulator;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The platform's REST API ({@code /api/v1}) with bearer tokens of the realm {@code energy} (client
 * {@code energy-scripts}, password grant), one token per demo account, fetched again before it
 * expires. Thread-safe.
 */
final class PlatformApi {

  /** A demo account of the realm (README: demo accounts). */
  record Account(String username, String password) {}

  static final Account ADMIN = new Account("admin", "Admin#Platform2026");
  static final Account PROVINCE = new Account("prov.official", "Prov#Energy2026");
  static final Account TANGSHAN_PLATFORM = new Account("citypf.tangshan", "CityPf#Tangshan2026");
  static final Account TANGSHAN_OFFICIAL = new Account("city.tangshan", "City#Tangshan2026");

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final String baseUrl;
  private final URI tokenEndpoint;
  private final HttpClient http;
  private final Map<Account, Token> tokens = new HashMap<>();

  private record Token(String value, long refreshAtNanos) {}

  PlatformApi(String baseUrl, String keycloakUrl) {
    this.baseUrl = trimSlash(baseUrl);
    this.tokenEndpoint =
        URI.create(trimSlash(keycloakUrl) + "/realms/energy/protocol/openid-connect/token");
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /** {@code POST /jobs/period-statistics/executions?period=}: the execution, as started. */
  JsonObject startStatistics(String period) throws IOException, InterruptedException {
    return object(
        send(
            ADMIN,
            request("/api/v1/jobs/period-statistics/executions?period=" + encode(period))
                .POST(HttpRequest.BodyPublishers.noBody()),
            202));
  }

  /** {@code POST /jobs/{job}/executions?query} as the administrator: the execution, as started. */
  JsonObject startJob(String job, String query) throws IOException, InterruptedException {
    return object(
        send(
            ADMIN,
            request("/api/v1/jobs/" + encode(job) + "/executions?" + query)
                .POST(HttpRequest.BodyPublishers.noBody()),
            202));
  }

  /** {@code POST /devices/{deviceId}/confirm} as the demo administrator. */
  void confirmDevice(String deviceId) throws IOException, InterruptedException {
    send(
        ADMIN,
        request("/api/v1/devices/" + encode(deviceId) + "/confirm")
            .POST(HttpRequest.BodyPublishers.noBody()),
        200);
  }

  /** {@code GET /jobs/executions/{id}}. */
  JsonObject execution(long id) throws IOException, InterruptedException {
    return object(send(ADMIN, request("/api/v1/jobs/executions/" + id).GET(), 200));
  }

  /**
   * A region's comprehensive tce for a period under the equivalent (当量值) convention, as the
   * province official sees it; null when the figure is absent.
   */
  BigDecimal regionTce(String regionCode, String period) throws IOException, InterruptedException {
    JsonObject figures =
        object(
            send(
                PROVINCE,
                request(
                        "/api/v1/statistics/regions/"
                            + encode(regionCode)
                            + "?convention=equivalent&period="
                            + encode(period))
                    .GET(),
                200));
    JsonValue tce = figures.get("comprehensiveTce");
    return tce instanceof JsonNumber number ? number.bigDecimalValue() : null;
  }

  /** The stored daily (statType 1) value of one item and day, null when none is stored. */
  BigDecimal storedDailyValue(String creditCode, String dataCode, LocalDate day)
      throws IOException, InterruptedException {
    JsonArray values =
        parse(
                send(
                    PROVINCE,
                    request(
                            "/api/v1/units/"
                                + encode(creditCode)
                                + "/data?statType=1&from="
                                + day
                                + "&to="
                                + day)
                        .GET(),
                    200))
            .asJsonArray();
    for (JsonValue entry : values) {
      JsonObject value = entry.asJsonObject();
      if (dataCode.equals(value.getString("dataCode", ""))
          && value.getInt("statType", -1) == 1
          && value.get("value") instanceof JsonNumber number) {
        return number.bigDecimalValue();
      }
    }
    return null;
  }

  /**
   * The Tangshan city platform's upload ({@code POST /units/{creditCode}/data}): the protocol's
   * envelope, also for a refusal (HTTP 400).
   */
  JsonObject cityUpload(String creditCode, JsonObject body)
      throws IOException, InterruptedException {
    return object(
        send(
            TANGSHAN_PLATFORM,
            request("/api/v1/units/" + encode(creditCode) + "/data")
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())),
            200,
            400));
  }

  /**
   * One timed {@code GET} of an API path with its query, as {@code account}: the status, the
   * client's time from sending to the last byte of the body (the token is fetched before the clock
   * starts), and the server's own time from its {@code Server-Timing: app;dur=} header.
   */
  Timed timedGet(Account account, String pathAndQuery) throws IOException, InterruptedException {
    HttpRequest request =
        request(pathAndQuery).GET().header("Authorization", "Bearer " + token(account)).build();
    long start = System.nanoTime();
    HttpResponse<String> response =
        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    long client = System.nanoTime() - start;
    return new Timed(
        response.statusCode(),
        client,
        serverMillis(response.headers().firstValue("Server-Timing").orElse(null)),
        response.body());
  }

  /** A timed answer; {@code serverMillis} null when the server sent no timing. */
  record Timed(int status, long clientNanos, Double serverMillis, String body) {}

  /** The {@code dur} of the {@code app} metric of a Server-Timing header; null when absent. */
  static Double serverMillis(String header) {
    if (header == null) {
      return null;
    }
    for (String metric : header.split(",")) {
      String[] parts = metric.trim().split(";");
      if (!parts[0].trim().equals("app")) {
        continue;
      }
      for (int i = 1; i < parts.length; i++) {
        String param = parts[i].trim();
        if (param.startsWith("dur=")) {
          try {
            return Double.valueOf(param.substring(4));
          } catch (NumberFormatException e) {
            return null;
          }
        }
      }
    }
    return null;
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(TIMEOUT)
        .header("Accept", "application/json");
  }

  private String send(Account account, HttpRequest.Builder builder, int... expected)
      throws IOException, InterruptedException {
    HttpRequest request = builder.header("Authorization", "Bearer " + token(account)).build();
    HttpResponse<String> response =
        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    for (int status : expected) {
      if (response.statusCode() == status) {
        return response.body();
      }
    }
    throw new IOException(
        request.method()
            + " "
            + request.uri()
            + " as "
            + account.username()
            + ": HTTP "
            + response.statusCode()
            + " "
            + abbreviate(response.body()));
  }

  private synchronized String token(Account account) throws IOException, InterruptedException {
    Token token = tokens.get(account);
    if (token != null && System.nanoTime() - token.refreshAtNanos() < 0) {
      return token.value();
    }
    String form =
        "grant_type=password&client_id=energy-scripts&username="
            + encode(account.username())
            + "&password="
            + encode(account.password());
    HttpRequest request =
        HttpRequest.newBuilder(tokenEndpoint)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    long asked = System.nanoTime();
    HttpResponse<String> response =
        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new IOException(
          "token for "
              + account.username()
              + " from "
              + tokenEndpoint
              + ": HTTP "
              + response.statusCode()
              + " "
              + abbreviate(response.body()));
    }
    JsonObject answer = object(response.body());
    // fetched again 30 s before it expires (a token lives minutes; a run may take longer)
    long lifetime = Math.max(10, answer.getJsonNumber("expires_in").longValue() - 30);
    Token fresh =
        new Token(answer.getString("access_token"), asked + Duration.ofSeconds(lifetime).toNanos());
    tokens.put(account, fresh);
    return fresh.value();
  }

  private static JsonObject object(String body) throws IOException {
    return parse(body).asJsonObject();
  }

  private static JsonStructure parse(String body) throws IOException {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.read();
    } catch (RuntimeException e) {
      throw new IOException("not the JSON expected: " + abbreviate(body), e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static String abbreviate(String body) {
    String flat = body == null ? "" : body.replaceAll("\\s+", " ").trim();
    return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
  }
}
