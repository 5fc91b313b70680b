package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.it.Fep.Device;
import cn.nhjc.province.it.TestUnits.Unit;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Browser security of a signed-in page session: another site's form that posts to the API with the
 * session cookie alone is refused (CSRF) before anything happens, the page's own token lets the
 * same call through, a bearer token needs none; the session cookie is HttpOnly and SameSite=Lax;
 * pages and API answers carry the security headers.
 */
class CsrfIT extends PlatformClientTest {

  private static final String ELSEWHERE = "https://elsewhere.example";

  /**
   * What a browser accepts when it follows a link or posts a form: HTML first, so the server takes
   * the session for the sign-in (with JSON alone it would ask for a bearer token), and anything
   * else, so JAX-RS answers with JSON.
   */
  static final String NAVIGATION_ACCEPT =
      "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

  private static final String PAGE = "/gov/admin/devices.xhtml";

  /** A period no schedule ever closes: a job started for it can only come from this test. */
  private static final String OLD_PERIOD = "2019-03";

  private Unit unit;
  private PageSession admin;

  @BeforeEach
  void signedInAdministratorAndAUnitWithADevice() throws Exception {
    unit = TestUnits.listed();
    Device device = Fep.register(unit);
    assertEquals(unit.creditCode(), device.creditCode());
    admin = PageSession.signIn(Api.Accounts.ADMIN[0], Api.Accounts.ADMIN[1], PAGE);
  }

  @Test
  void another_site_s_form_posting_with_the_session_alone_is_refused_and_changes_nothing()
      throws Exception {
    String bearer = Api.token(Api.Accounts.ADMIN[0], Api.Accounts.ADMIN[1]);

    int keyVersion = keyVersion();
    assertCsrfRefusal(crossSiteForm(rotateKey(), null));
    assertEquals(keyVersion, keyVersion(), "the key was not rotated");

    String start = "/api/v1/jobs/period-statistics/executions?period=" + OLD_PERIOD;
    assertCsrfRefusal(crossSiteForm(start, null));
    assertFalse(executionsFor(OLD_PERIOD, bearer), "no job was started");

    // the refusal comes before the resource: the same call with a bearer token reaches the
    // service, which says there is no such dead letter
    String replay = "/api/v1/exchange/dead-letters/ID:" + UUID.randomUUID() + "/replay";
    assertCsrfRefusal(crossSiteForm(replay, null));
    HttpResponse<String> reached = Api.post(replay, bearer);
    assertEquals(400, reached.statusCode(), reached.body());
    assertTrue(Api.json(reached).path("detail").asText().contains("no dead letter"));
  }

  @Test
  void the_page_s_token_lets_the_same_post_through_and_a_bearer_token_needs_none()
      throws Exception {
    String token = PageSession.csrfToken(admin.get(PAGE, "text/html").body());

    int keyVersion = keyVersion();
    HttpResponse<String> rotated = crossSiteForm(rotateKey(), token);
    assertNotCsrfRefusal(rotated);
    assertEquals(204, rotated.statusCode(), rotated.body());
    assertEquals(keyVersion + 1, keyVersion(), "rotated with the page's token");

    String replay = "/api/v1/exchange/dead-letters/ID:" + UUID.randomUUID() + "/replay";
    HttpResponse<String> reached = crossSiteForm(replay, token);
    assertNotCsrfRefusal(reached);
    assertEquals(400, reached.statusCode(), reached.body());

    HttpResponse<String> forged = crossSiteForm(rotateKey(), token.substring(1) + "A");
    assertCsrfRefusal(forged);
    assertEquals(keyVersion + 1, keyVersion(), "a wrong token rotates nothing");

    String bearer = Api.token(Api.Accounts.ADMIN[0], Api.Accounts.ADMIN[1]);
    HttpResponse<String> scripted = Api.post(rotateKey(), bearer);
    assertNotCsrfRefusal(scripted);
    assertEquals(204, scripted.statusCode(), scripted.body());
    assertEquals(keyVersion + 2, keyVersion(), "rotated with a bearer token alone");
  }

  @Test
  void the_session_cookie_is_http_only_and_same_site_lax() {
    List<String> sessionCookies =
        admin.platformCookies().stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
    assertFalse(sessionCookies.isEmpty(), "the platform set its session cookie while signing in");
    // the last one is the session the sign-in ended in
    String cookie = sessionCookies.get(sessionCookies.size() - 1).toLowerCase(Locale.ROOT);
    assertTrue(cookie.contains("; httponly"), cookie);
    assertTrue(cookie.contains("; samesite=lax"), cookie);
    for (String any : admin.platformCookies()) {
      assertTrue(any.toLowerCase(Locale.ROOT).contains("samesite=lax"), any);
    }
  }

  @Test
  void a_page_carries_the_headers_and_its_scripts_the_nonce_of_its_policy() throws Exception {
    HttpResponse<String> page = admin.get(PAGE, "text/html");
    assertEquals(200, page.statusCode());
    assertSecurityHeaders(page);
    List<String> policies = page.headers().allValues("Content-Security-Policy");
    assertEquals(1, policies.size(), "one policy: " + policies);
    String policy = policies.get(0);
    Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([^']+)'").matcher(policy);
    assertTrue(nonce.find(), policy);

    String html = page.body();
    Matcher scripts = Pattern.compile("<script\\b[^>]*>").matcher(html);
    int count = 0;
    while (scripts.find()) {
      count++;
      assertTrue(
          scripts.group().contains("nonce=\"" + nonce.group(1) + "\""),
          "every script carries the page's nonce: " + scripts.group());
    }
    assertTrue(count > 0, "PrimeFaces' scripts");
    String markup = html.replaceAll("(?s)<script\\b[^>]*>.*?</script>", "");
    assertFalse(
        Pattern.compile("<[a-zA-Z][^>]*\\son[a-z]+=", Pattern.CASE_INSENSITIVE)
            .matcher(markup)
            .find(),
        "no inline event handler left in the markup");
    PageSession.csrfToken(html);
  }

  @Test
  void api_answers_carry_the_headers_and_a_policy_without_nonce() throws Exception {
    // fetch's default Accept: a page script's call, which the session signs in
    HttpResponse<String> api = admin.get("/api/v1/devices?size=1", "*/*");
    assertEquals(200, api.statusCode(), api.body());
    assertSecurityHeaders(api);
    String policy = api.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(policy.contains("script-src 'self'") && !policy.contains("nonce-"), policy);

    HttpResponse<String> refused = crossSiteForm(rotateKey(), null);
    assertCsrfRefusal(refused);
    assertSecurityHeaders(refused);

    HttpResponse<String> docs = admin.get("/api/docs/", "text/html");
    assertEquals(200, docs.statusCode());
    assertSecurityHeaders(docs);
    assertFalse(docs.body().matches("(?s).*<script>.*"), "Swagger UI's page has no inline script");
  }

  /** What another site's HTML form sends: its origin, form encoding, the browser's cookies. */
  private HttpResponse<String> crossSiteForm(String path, String csrfToken) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Api.BASE + path))
            .header("Origin", ELSEWHERE)
            .header("Referer", ELSEWHERE + "/prize.html")
            .header("Sec-Fetch-Site", "cross-site")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", NAVIGATION_ACCEPT)
            .POST(HttpRequest.BodyPublishers.ofString("confirm=yes"));
    if (csrfToken != null) {
      request.header("X-CSRF-Token", csrfToken);
    }
    return admin.send(request);
  }

  private String rotateKey() {
    return "/api/v1/units/" + unit.creditCode() + "/device/rotate-key";
  }

  private int keyVersion() throws Exception {
    try (var db = PlatformServicesSession.database();
        PreparedStatement query =
            db.prepareStatement("select key_version from device where unit_id = ?")) {
      query.setLong(1, unit.id());
      try (ResultSet row = query.executeQuery()) {
        assertTrue(row.next(), "the unit's device");
        return row.getInt(1);
      }
    }
  }

  private static boolean executionsFor(String period, String bearer) throws Exception {
    HttpResponse<String> list =
        Api.get("/api/v1/jobs/executions?size=500", bearer, "application/json");
    assertEquals(200, list.statusCode(), list.body());
    for (JsonNode execution : Api.json(list).path("items")) {
      if (execution.path("parameters").asText().contains("period=" + period)) {
        return true;
      }
    }
    return false;
  }

  private static void assertCsrfRefusal(HttpResponse<String> response) throws Exception {
    assertEquals(403, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        response.headers().toString());
    JsonNode problem = Api.json(response);
    assertEquals(403, problem.path("status").asInt());
    assertTrue(problem.path("detail").asText().contains("X-CSRF-Token"), problem.toString());
    assertEquals(response.uri().getPath(), problem.path("instance").asText());
  }

  private static void assertNotCsrfRefusal(HttpResponse<String> response) {
    assertFalse(
        response.statusCode() == 403 && response.body().contains("X-CSRF-Token"),
        "refused for CSRF: " + response.body());
  }

  private static void assertSecurityHeaders(HttpResponse<String> response) {
    var headers = response.headers();
    assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null));
    assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null));
    assertEquals(
        "strict-origin-when-cross-origin", headers.firstValue("Referrer-Policy").orElse(null));
    String policy = headers.firstValue("Content-Security-Policy").orElse("");
    assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    assertTrue(policy.contains("default-src 'self'"), policy);
    assertNotEquals(-1, policy.indexOf("script-src 'self'"), policy);
    assertFalse(policy.contains("'unsafe-eval'"), policy);
  }
}
