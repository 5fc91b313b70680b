package cn.nhjc.province.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

  private static final String POLICY =
      ContentSecurityPolicy.forIdentityProvider("http://localhost:8180/realms/energy").header();

  /** The directives of a policy and their sources; a directive named twice fails. */
  private static Map<String, List<String>> directives(String policy) {
    Map<String, List<String>> directives = new LinkedHashMap<>();
    for (String directive : policy.split(";")) {
      if (directive.isBlank()) {
        continue;
      }
      List<String> words = Arrays.asList(directive.trim().split("\\s+"));
      List<String> before = directives.put(words.get(0), words.subList(1, words.size()));
      assertNull(before, "named twice: " + words.get(0));
    }
    return directives;
  }

  @Test
  void scripts_come_only_from_the_platform_never_inline_nor_through_eval() {
    Map<String, List<String>> policy = directives(POLICY);
    assertEquals(List.of("'self'"), policy.get("script-src"));
    assertEquals(List.of("'self'"), policy.get("default-src"));
    policy.forEach(
        (directive, sources) -> {
          assertFalse(sources.contains("'unsafe-eval'"), directive);
          assertFalse(sources.contains("*"), directive);
        });
  }

  @Test
  void the_nonce_primefaces_appends_to_a_page_s_policy_lands_in_script_src_alone() {
    // PrimeFaces' CspPhaseListener: policy + " 'nonce-" + nonce + "';"
    Map<String, List<String>> page = directives(POLICY + " 'nonce-Tm9uY2U';");
    assertEquals(List.of("'self'", "'nonce-Tm9uY2U'"), page.get("script-src"));
    // a nonce in style-src would switch 'unsafe-inline' off for PrimeFaces' style attributes
    assertEquals(List.of("'self'", "'unsafe-inline'"), page.get("style-src"));
    assertEquals(directives(POLICY).keySet(), page.keySet());
  }

  @Test
  void no_page_may_be_framed_and_no_plugin_or_other_base_is_admitted() {
    Map<String, List<String>> policy = directives(POLICY);
    assertEquals(List.of("'none'"), policy.get("frame-ancestors"));
    assertEquals(List.of("'none'"), policy.get("object-src"));
    assertEquals(List.of("'self'"), policy.get("base-uri"));
  }

  @Test
  void forms_go_to_the_platform_and_to_the_identity_provider_s_origin_only() {
    assertEquals(List.of("'self'", "http://localhost:8180"), directives(POLICY).get("form-action"));
    assertEquals(
        List.of("'self'", "https://sso.example.gov.cn"),
        directives(
                ContentSecurityPolicy.forIdentityProvider(
                        " HTTPS://SSO.Example.gov.cn/realms/energy/ ")
                    .header())
            .get("form-action"));
  }

  @Test
  void an_identity_provider_that_is_not_an_absolute_http_url_is_refused() {
    for (String url :
        List.of("localhost:8180/realms/energy", "/realms/energy", "ftp://sso/x", "")) {
      assertThrows(
          IllegalArgumentException.class,
          () -> ContentSecurityPolicy.forIdentityProvider(url),
          url);
    }
    assertEquals("https://sso:8443", ContentSecurityPolicy.origin("https://sso:8443/a?b#c"));
  }
}
