package cn.nhjc.province.web.security;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * The token that proves a state-changing API call made with the pages' session comes from one of
 * the platform's pages: 32 random bytes per session, which a page shows in {@code <meta
 * name="csrf-token">} and a page's script sends back in {@code X-CSRF-Token}. Another site can make
 * a browser send the session cookie, but it cannot read the token, nor set a header on a form post.
 * A call with a bearer token needs none: no browser adds that header on its own.
 */
public final class CsrfTokens {
  /** The request header that carries the token. */
  public static final String HEADER = "X-CSRF-Token";

  static final String SESSION_ATTRIBUTE = CsrfTokens.class.getName();
  static final int BYTES = 32;

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final String BEARER = "bearer ";
  private static final SecureRandom RANDOM = new SecureRandom();

  private CsrfTokens() {}

  /** A new token: 32 bytes of {@link SecureRandom}, base64url without padding. */
  static String newToken() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * The session's token, made now if the session has none yet ({@link CsrfSessionListener} gives
   * every new session one).
   */
  public static String of(HttpSession session) {
    String token = stored(session);
    if (token == null) {
      token = newToken();
      session.setAttribute(SESSION_ATTRIBUTE, token);
    }
    return token;
  }

  /** The session's token, or null when it has none. */
  static String stored(HttpSession session) {
    return session.getAttribute(SESSION_ATTRIBUTE) instanceof String token ? token : null;
  }

  /**
   * Whether a request must be refused: it changes state (any method but GET, HEAD, OPTIONS and
   * TRACE), comes with a session (the pages' sign-in, which a browser sends along on its own), has
   * no bearer token, and does not present the session's token.
   *
   * @param sessionToken the session's token; null when there is no session or it has no token
   */
  static boolean refuses(
      String method,
      String authorization,
      boolean withSession,
      String sessionToken,
      String presented) {
    if (SAFE_METHODS.contains(method) || bearer(authorization) || !withSession) {
      return false;
    }
    return !matches(sessionToken, presented);
  }

  /** Whether the presented token is the expected one, compared in constant time. */
  static boolean matches(String expected, String presented) {
    if (expected == null || expected.isEmpty() || presented == null) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether an Authorization header carries a bearer token (the scheme is case-insensitive). */
  static boolean bearer(String authorization) {
    return authorization != null
        && authorization.length() > BEARER.length()
        && authorization.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)
        && !authorization.substring(BEARER.length()).isBlank();
  }
}
