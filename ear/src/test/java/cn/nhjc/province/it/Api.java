package cn.nhjc.province.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A black-box client of the running platform and its Keycloak, as a script would use them. */
public final class Api {
  public static final String BASE = "http://localhost:8080";
  private static final String TOKEN_URL =
      "http://localhost:"
          + PlatformServicesSession.KEYCLOAK_PORT
          + "/realms/energy/protocol/openid-connect/token";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private Api() {}

  /** A bearer token from the realm's script client (password grant). */
  public static String token(String user, String password) throws Exception {
    HttpResponse<String> response = tokenRequest(user, password);
    if (response.statusCode() != 200) {
      throw new IllegalStateException("token for " + user + ": " + response.body());
    }
    return JSON.readTree(response.body()).path("access_token").asText();
  }

  /** The raw answer of the token endpoint to a password grant. */
  public static HttpResponse<String> tokenRequest(String user, String password) throws Exception {
    String form =
        "grant_type=password&client_id=energy-scripts&username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return tokenForm(form);
  }

  /** The raw answer of the token endpoint to any form (url-encoded by the caller). */
  public static HttpResponse<String> tokenForm(String form) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(TOKEN_URL))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public static HttpResponse<String> get(String path, String token, String accept)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create(BASE + path)).header("Accept", accept).GET(), token);
  }

  /** A GET whose answer is read as bytes (a download such as an XLSX report). */
  public static HttpResponse<byte[]> getBytes(String path, String token, String accept)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(BASE + path)).header("Accept", accept).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  public static HttpResponse<String> post(String path, String token)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create(BASE + path))
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.noBody()),
        token);
  }

  public static HttpResponse<String> postCsv(String path, String csv, String token)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create(BASE + path))
            .header("Accept", "application/json")
            .header("Content-Type", "text/csv; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)),
        token);
  }

  public static HttpResponse<String> postJson(String path, String json, String token)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create(BASE + path))
            .header("Accept", "application/json")
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
        token);
  }

  public static HttpResponse<String> putJson(String path, String json, String token)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create(BASE + path))
            .header("Accept", "application/json")
            .header("Content-Type", "application/json; charset=utf-8")
            .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
        token);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request, String token)
      throws IOException, InterruptedException {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  public static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  /** The demo accounts of wildfly-config/keycloak-realm-energy.json. */
  public static final class Accounts {
    public static final String[] PROVINCE = {"prov.official", "Prov#Energy2026"};
    public static final String[] TANGSHAN = {"city.tangshan", "City#Tangshan2026"};
    public static final String[] SHIJIAZHUANG = {"city.shijiazhuang", "City#Sjz2026"};
    public static final String[] ENTERPRISE = {"ent.demo", "Ent#Demo2026"};

    /** An enterprise user of another unit of the demo province (91130227900000268M). */
    public static final String[] OTHER_ENTERPRISE = {"ent.other", "Ent#Other2026"};

    public static final String[] ADMIN = {"admin", "Admin#Platform2026"};
    public static final String[] SUPERVISOR = {"supervisor", "Super#Vise2026"};
    public static final String[] METROLOGY = {"metrology", "Metro#Logy2026"};
    public static final String[] SUPPLIER_POWER = {"supplier.power", "Supply#Power2026"};
    public static final String[] SUPPLIER_GAS = {"supplier.gas", "Supply#Gas2026"};
    public static final String[] CITY_PLATFORM_TANGSHAN = {
      "citypf.tangshan", "CityPf#Tangshan2026"
    };
    public static final String[] AUDITOR = {"auditor", "Audit#Trail2026"};

    private Accounts() {}
  }
}
