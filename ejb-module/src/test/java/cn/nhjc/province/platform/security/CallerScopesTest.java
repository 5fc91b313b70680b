package cn.nhjc.province.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerScopesTest {

  private static CallerScope scopeOf(Set<String> roles, Map<String, String> claims) {
    return CallerScopes.of(roles::contains, claim -> Optional.ofNullable(claims.get(claim)));
  }

  @Test
  void province_roles_see_the_whole_province() {
    assertEquals("13", CallerScope.province().regionPrefix("130000"));
    for (String role :
        Set.of(
            Roles.PROVINCE_OFFICIAL,
            Roles.SUPERVISOR,
            Roles.METROLOGY_OFFICER,
            Roles.PLATFORM_ADMIN)) {
      assertEquals(CallerScope.Kind.PROVINCE, scopeOf(Set.of(role), Map.of()).kind());
    }
  }

  @Test
  void city_official_is_scoped_to_the_city_of_the_token_claim() {
    CallerScope scope = scopeOf(Set.of(Roles.CITY_OFFICIAL), Map.of(Roles.REGION_CLAIM, "130200"));
    assertEquals(CallerScope.city("130200"), scope);
    assertEquals("1302", scope.regionPrefix("130000"));
    assertTrue("130203".startsWith(scope.regionPrefix("130000")));
    assertFalse("130104".startsWith(scope.regionPrefix("130000")));
  }

  @Test
  void city_official_without_a_city_claim_sees_nothing() {
    assertEquals(CallerScope.Kind.NONE, scopeOf(Set.of(Roles.CITY_OFFICIAL), Map.of()).kind());
    assertEquals(
        CallerScope.Kind.NONE,
        scopeOf(Set.of(Roles.CITY_OFFICIAL), Map.of(Roles.REGION_CLAIM, "130203")).kind(),
        "a county code is not a city");
  }

  @Test
  void enterprise_user_is_scoped_to_the_own_credit_code() {
    CallerScope scope =
        scopeOf(
            Set.of(Roles.ENTERPRISE_USER), Map.of(Roles.CREDIT_CODE_CLAIM, "91370600710936591P"));
    assertEquals(CallerScope.enterprise("91370600710936591P"), scope);
    assertEquals(null, scope.regionPrefix("130000"), "an enterprise has no regional scope");
  }

  @Test
  void city_platform_has_the_same_city_scope_as_a_city_official() {
    CallerScope platform =
        scopeOf(Set.of(Roles.CITY_PLATFORM), Map.of(Roles.REGION_CLAIM, "130200"));
    assertEquals(CallerScope.city("130200"), platform);
    assertEquals(
        scopeOf(Set.of(Roles.CITY_OFFICIAL), Map.of(Roles.REGION_CLAIM, "130200")), platform);
    assertEquals("1302", platform.regionPrefix("130000"));
  }

  @Test
  void city_platform_without_a_city_claim_sees_nothing() {
    assertEquals(CallerScope.Kind.NONE, scopeOf(Set.of(Roles.CITY_PLATFORM), Map.of()).kind());
    assertEquals(
        CallerScope.Kind.NONE,
        scopeOf(Set.of(Roles.CITY_PLATFORM), Map.of(Roles.REGION_CLAIM, "130000")).kind(),
        "a province code is not a city");
  }

  @Test
  void energy_supplier_carries_the_supplier_code_of_the_token_claim_and_no_region() {
    CallerScope scope =
        scopeOf(
            Set.of(Roles.ENERGY_SUPPLIER),
            Map.of(
                Roles.SUPPLIER_CODE_CLAIM,
                "91130000100000016M",
                Roles.REGION_CLAIM,
                "130200",
                Roles.CREDIT_CODE_CLAIM,
                "91370600710936591P"));
    assertEquals(CallerScope.supplier("91130000100000016M"), scope);
    assertEquals("91130000100000016M", scope.supplierCode());
    assertEquals(null, scope.regionPrefix("130000"), "a supplier has no regional scope");
  }

  @Test
  void energy_supplier_without_a_supplier_claim_sees_nothing() {
    assertEquals(
        CallerScope.Kind.NONE,
        scopeOf(Set.of(Roles.ENERGY_SUPPLIER), Map.of(Roles.CREDIT_CODE_CLAIM, "x")).kind());
  }

  @Test
  void only_a_supplier_scope_has_a_supplier_code() {
    assertEquals(null, CallerScope.enterprise("91370600710936591P").supplierCode());
    assertEquals(null, CallerScope.province().supplierCode());
  }

  @Test
  void a_caller_without_a_platform_role_sees_nothing() {
    assertEquals(CallerScope.Kind.NONE, scopeOf(Set.of(), Map.of()).kind());
  }
}
