package cn.nhjc.province.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.platform.security.KeycloakAdminApi;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeycloakEventsTest {

  /** Two events as Keycloak 26's admin API lists them. */
  private static final String ANSWER =
      """
      [ {
        "id" : "0f4a5d8e-1c2b-4b7e-9d55-3a1f0e6c2b11",
        "time" : 1796631330123,
        "type" : "LOGIN_ERROR",
        "realmId" : "5e1f",
        "clientId" : "energy-scripts",
        "userId" : "b3c7",
        "ipAddress" : "192.0.2.10",
        "error" : "invalid_user_credentials",
        "details" : {
          "auth_method" : "openid-connect",
          "grant_type" : "password",
          "client_auth_method" : "client-secret",
          "username" : "auditor"
        }
      }, {
        "id" : "7c0e",
        "time" : 1796631340000,
        "type" : "LOGIN",
        "clientId" : "energy-web",
        "userId" : "a1b2",
        "sessionId" : "s1",
        "ipAddress" : "192.0.2.11",
        "details" : { "username" : "admin", "auth_method" : "openid-connect" }
      } ]
      """;

  @Test
  void a_failed_sign_in_is_a_refused_sign_in_of_the_account_it_named() {
    AuditEntry entry = KeycloakEvents.parse(ANSWER).get(0).toEntry();
    assertEquals(Instant.ofEpochMilli(1796631330123L), entry.at());
    assertEquals("auditor", entry.actor());
    assertNull(entry.roles());
    assertEquals("192.0.2.10", entry.source());
    assertEquals(AuditActions.SIGN_IN, entry.action());
    assertEquals("client energy-scripts", entry.object());
    assertEquals(Outcome.REFUSED, entry.outcome());
    assertEquals(
        "invalid_user_credentials, grant_type password, auth_method openid-connect",
        entry.detail());
    assertEquals("keycloak:0f4a5d8e-1c2b-4b7e-9d55-3a1f0e6c2b11", entry.externalId());
  }

  @Test
  void a_sign_in_is_a_success() {
    AuditEntry entry = KeycloakEvents.parse(ANSWER).get(1).toEntry();
    assertEquals("admin", entry.actor());
    assertEquals(Outcome.SUCCESS, entry.outcome());
    assertEquals("auth_method openid-connect", entry.detail());
  }

  @Test
  void event_types_map_to_actions() {
    assertEquals(AuditActions.SIGN_OUT, KeycloakEvents.action("LOGOUT_ERROR"));
    assertEquals(AuditActions.CLIENT_SIGN_IN, KeycloakEvents.action("CLIENT_LOGIN_ERROR"));
    assertEquals(AuditActions.PASSWORD_CHANGE, KeycloakEvents.action("UPDATE_PASSWORD"));
    assertEquals("auth.reset-password", KeycloakEvents.action("RESET_PASSWORD_ERROR"));
    for (String type : KeycloakEvents.TYPES) {
      assertTrue(AuditActions.ALL.contains(KeycloakEvents.action(type)), type);
    }
  }

  @Test
  void an_event_without_an_id_is_known_by_its_fields() {
    KeycloakEvents.Event event =
        KeycloakEvents.parse(
                "[{\"time\": 5, \"type\": \"LOGOUT\", \"userId\": \"u\", \"clientId\": \"c\"}]")
            .get(0);
    assertEquals("keycloak:5/LOGOUT/u/c/null", event.toEntry().externalId());
    assertEquals("u", event.toEntry().actor(), "without a username, the user id");
  }

  @Test
  void the_admin_api_is_beside_the_realm() {
    assertEquals(
        "http://localhost:8180/admin/realms/energy",
        KeycloakAdminApi.adminRealmUrl("http://localhost:8180/realms/energy"));
    assertEquals(
        "https://sso.example.gov.cn/auth/admin/realms/energy",
        KeycloakAdminApi.adminRealmUrl("https://sso.example.gov.cn/auth/realms/energy"));
    assertThrows(
        IllegalArgumentException.class, () -> KeycloakAdminApi.adminRealmUrl("http://localhost"));
  }

  @Test
  void the_query_asks_for_the_imported_types_oldest_first_from_the_mark() {
    String query = KeycloakEvents.eventsQuery(1796631330123L, 200, 100);
    for (String type : List.of("LOGIN", "LOGIN_ERROR", "LOGOUT")) {
      assertTrue(query.contains("type=" + type + "&"), query);
    }
    assertTrue(query.endsWith("dateFrom=1796631330123&direction=asc&first=200&max=100"), query);
  }
}
