package cn.nhjc.province.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CsrfTokensTest {

  private static final String TOKEN = CsrfTokens.newToken();

  @Test
  void a_token_is_32_random_bytes_in_base64url() {
    assertEquals(CsrfTokens.BYTES, Base64.getUrlDecoder().decode(TOKEN).length);
    assertTrue(TOKEN.matches("[A-Za-z0-9_-]{43}"), TOKEN);
    Set<String> tokens = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      tokens.add(CsrfTokens.newToken());
    }
    assertEquals(1000, tokens.size());
  }

  @Test
  void only_the_session_s_own_token_matches() {
    assertTrue(CsrfTokens.matches(TOKEN, new String(TOKEN.toCharArray())));
    String other = CsrfTokens.newToken();
    assertNotEquals(TOKEN, other);
    assertFalse(CsrfTokens.matches(TOKEN, other));
    assertFalse(CsrfTokens.matches(TOKEN, TOKEN.substring(1)), "a shorter one");
    assertFalse(CsrfTokens.matches(TOKEN, TOKEN + "A"), "a longer one");
    assertFalse(CsrfTokens.matches(TOKEN, null), "none presented");
    assertFalse(CsrfTokens.matches(null, TOKEN), "the session has none");
    assertFalse(CsrfTokens.matches("", ""), "an empty token is never one");
  }

  @Test
  void a_state_changing_call_with_the_session_and_without_the_token_is_refused() {
    for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
      assertTrue(CsrfTokens.refuses(method, null, true, TOKEN, null), method);
      assertTrue(CsrfTokens.refuses(method, null, true, TOKEN, "forged"), method);
      assertTrue(CsrfTokens.refuses(method, null, true, null, TOKEN), "a session without token");
      assertFalse(CsrfTokens.refuses(method, null, true, TOKEN, TOKEN), method + " with it");
    }
    assertTrue(CsrfTokens.refuses("PROPFIND", null, true, TOKEN, null), "any other method");
  }

  @Test
  void reading_calls_bearer_tokens_and_calls_without_a_session_need_no_token() {
    for (String method : List.of("GET", "HEAD", "OPTIONS", "TRACE")) {
      assertFalse(CsrfTokens.refuses(method, null, true, TOKEN, null), method);
    }
    assertFalse(CsrfTokens.refuses("POST", "Bearer eyJhbGciOi", true, TOKEN, null));
    assertFalse(CsrfTokens.refuses("DELETE", "bearer eyJhbGciOi", true, TOKEN, null));
    assertFalse(CsrfTokens.refuses("POST", null, false, null, null), "no session: no cookie");
  }

  @Test
  void only_a_bearer_token_is_a_bearer_token() {
    assertTrue(CsrfTokens.bearer("Bearer abc"));
    assertTrue(CsrfTokens.bearer("BEARER abc"));
    assertFalse(CsrfTokens.bearer("Bearer "));
    assertFalse(CsrfTokens.bearer("Bearer    "));
    assertFalse(CsrfTokens.bearer("Basic YWRtaW46YWRtaW4="));
    assertFalse(CsrfTokens.bearer("Bearerabc"));
    assertFalse(CsrfTokens.bearer(null));
    assertTrue(
        CsrfTokens.refuses("POST", "Basic YWRtaW46YWRtaW4=", true, TOKEN, null),
        "another scheme is no reason to skip the check");
  }
}
