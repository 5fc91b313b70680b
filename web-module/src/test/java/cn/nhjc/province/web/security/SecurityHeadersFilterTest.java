package cn.nhjc.province.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

  @Test
  void a_policy_added_by_any_spelling_replaces_the_one_set_but_a_report_only_one_does_not() {
    assertTrue(SecurityHeadersFilter.isContentSecurityPolicy("Content-Security-Policy"));
    assertTrue(SecurityHeadersFilter.isContentSecurityPolicy("content-security-policy"));
    assertFalse(
        SecurityHeadersFilter.isContentSecurityPolicy("Content-Security-Policy-Report-Only"));
    assertFalse(SecurityHeadersFilter.isContentSecurityPolicy("X-Frame-Options"));
  }
}
