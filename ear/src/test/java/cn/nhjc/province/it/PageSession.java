package cn.nhjc.province.it;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page session of the platform as a browser holds it: signed in on Keycloak's login form through
 * the OIDC redirects, its cookies kept, with no bearer token. Every request it sends carries the
 * session cookie, as a browser adds it on its own, also to a request another site makes it send.
 */
public final class PageSession {
  private static final Pattern LOGIN_FORM =
      Pattern.compile("<form\\b[^>]*\\bid=\"kc-form-login\"[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]+)\"");
  private static final Pattern CSRF_META =
      Pattern.compile("<meta\\s+name=\"csrf-token\"\\s+content=\"([^\"]*)\"");
  private static final int MAX_REDIRECTS = 10;

  private final HttpClient http;
  private final List<String> platformCookies = new ArrayList<>();

  private PageSession() {
    http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(new BrowserCookies())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * Opens a platform page that needs a login, signs in on the Keycloak form the platform redirects
   * to, and follows the redirects back until the page answers.
   */
  public static PageSession signIn(String user, String password, String path) throws Exception {
    PageSession session = new PageSession();
    HttpResponse<String> login = session.follow(get(URI.create(Api.BASE + path)));
    if (login.statusCode() != 200) {
      throw new AssertionError("no Keycloak login form after " + path + ": " + login.statusCode());
    }
    String action = loginAction(login.body());
    String form =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> page =
        session.follow(
            HttpRequest.newBuilder(login.uri().resolve(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (page.statusCode() != 200 || !page.uri().toString().startsWith(Api.BASE + path)) {
      throw new AssertionError(
          "not back on " + path + " as " + user + ": " + page.statusCode() + " at " + page.uri());
    }
    return session;
  }

  /** A GET of a platform path with the session, as the browser's address bar sends it. */
  public HttpResponse<String> get(String path, String accept) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(Api.BASE + path)).header("Accept", accept).GET());
  }

  /** A request with the session's cookies; redirects are answers of their own. */
  public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> response =
        http.send(
            request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.uri().getPort() == URI.create(Api.BASE).getPort()) {
      platformCookies.addAll(response.headers().allValues("Set-Cookie"));
    }
    return response;
  }

  /** Every Set-Cookie header the platform sent this session, the sign-in's included, in order. */
  public List<String> platformCookies() {
    return List.copyOf(platformCookies);
  }

  /** The CSRF token a platform page shows in its {@code <meta name="csrf-token">}. */
  public static String csrfToken(String page) {
    Matcher meta = CSRF_META.matcher(page);
    if (!meta.find() || meta.group(1).isEmpty()) {
      throw new AssertionError("no <meta name=\"csrf-token\"> on the page");
    }
    return meta.group(1);
  }

  private HttpResponse<String> follow(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> response = send(request);
    for (int i = 0; i < MAX_REDIRECTS && isRedirect(response.statusCode()); i++) {
      String location =
          response
              .headers()
              .firstValue("Location")
              .orElseThrow(() -> new AssertionError("a redirect without Location"));
      response = send(get(response.uri().resolve(location)));
    }
    return response;
  }

  private static HttpRequest.Builder get(URI uri) {
    return HttpRequest.newBuilder(uri).header("Accept", "text/html").GET();
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /** The action of Keycloak's login form, its HTML entities decoded. */
  static String loginAction(String page) {
    Matcher form = LOGIN_FORM.matcher(page);
    if (!form.find()) {
      throw new AssertionError("no Keycloak login form (kc-form-login) on the page");
    }
    Matcher action = ACTION.matcher(form.group());
    if (!action.find()) {
      throw new AssertionError("Keycloak's login form has no action: " + form.group());
    }
    return action.group(1).replace("&amp;", "&");
  }

  /**
   * Cookies kept as a browser keeps them for {@code http://localhost}: a browser takes localhost
   * for a secure context, and so does Keycloak, which marks its cookies Secure there and expects
   * them back over plain http; {@link CookieManager} alone would send a Secure cookie over https
   * only.
   */
  private static final class BrowserCookies extends CookieHandler {
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers)
        throws IOException {
      return cookies.get(secureContext(uri), headers);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> headers) throws IOException {
      cookies.put(uri, headers);
    }

    private static URI secureContext(URI uri) {
      if (!"http".equals(uri.getScheme()) || !"localhost".equals(uri.getHost())) {
        return uri;
      }
      try {
        return new URI(
            "https",
            uri.getUserInfo(),
            uri.getHost(),
            uri.getPort(),
            uri.getPath(),
            uri.getQuery(),
            uri.getFragment());
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(uri.toString(), e);
      }
    }
  }
}
