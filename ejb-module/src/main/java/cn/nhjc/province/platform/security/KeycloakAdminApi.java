package cn.nhjc.province.platform.security;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The identity provider's admin API (Keycloak's {@code /admin/realms/{realm}}) as a confidential
 * client with a service account (client-credentials grant): the audit client, whose service account
 * holds the realm-management roles {@code view-events} and {@code view-users}. One instance serves
 * one series of calls; each instance fetches its own token.
 */
public final class KeycloakAdminApi {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  private final String realmUrl;
  private final String clientId;
  private final String clientSecret;
  private String token;

  /**
   * @param realmUrl the realm's URL, as the OIDC configuration names it ({@code
   *     https://sso.example/realms/energy})
   */
  public KeycloakAdminApi(String realmUrl, String clientId, String clientSecret) {
    this.realmUrl = realmUrl.replaceAll("/+$", "");
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  /**
   * The admin API's URL of a realm URL: {@code …/realms/energy} → {@code …/admin/realms/energy}.
   */
  public static String adminRealmUrl(String realmUrl) {
    int realms = realmUrl.lastIndexOf("/realms/");
    if (realms < 0) {
      throw new IllegalArgumentException("not a realm URL: " + realmUrl);
    }
    return realmUrl.substring(0, realms) + "/admin" + realmUrl.substring(realms);
  }

  /**
   * The body of {@code GET {admin realm URL}{pathAndQuery}}.
   *
   * @throws IOException when the identity provider refuses the client or the call
   */
  public String get(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(adminRealmUrl(realmUrl) + pathAndQuery))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token())
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IOException(
          "the identity provider's admin API answered HTTP "
              + answer.statusCode()
              + " to "
              + pathAndQuery.replaceAll("\\?.*", ""));
    }
    return answer.body();
  }

  private String token() throws IOException, InterruptedException {
    if (token != null) {
      return token;
    }
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new IOException(
          "the identity provider refused the client " + clientId + ": HTTP " + answer.statusCode());
    }
    try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
      token = reader.readObject().getString("access_token");
      return token;
    }
  }
}
