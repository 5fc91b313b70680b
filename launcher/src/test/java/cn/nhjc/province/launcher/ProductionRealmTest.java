package cn.nhjc.province.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductionRealmTest {
  private static final Map<String, String> ENVIRONMENT =
      Map.of(
          "PLATFORM_PUBLIC_URL", "https://energy.example.gov.cn/",
          "OIDC_CLIENT_SECRET", "0123456789abcdef-web",
          "AUDIT_CLIENT_SECRET", "0123456789abcdef-audit");

  private static ObjectNode demo() throws Exception {
    return (ObjectNode)
        new ObjectMapper()
            .readTree(Path.of("..", "wildfly-config", "keycloak-realm-energy.json").toFile());
  }

  @Test
  void the_production_realm_keeps_clients_and_roles_drops_the_demo_accounts() throws Exception {
    ObjectNode demo = demo();
    ObjectNode realm = ProductionRealm.of(demo, ENVIRONMENT::get);
    assertEquals(demo.path("roles"), realm.path("roles"));
    assertEquals(demo.path("clients").size(), realm.path("clients").size());
    assertEquals("all", realm.path("sslRequired").asText());
    assertEquals(1, realm.path("users").size(), "the audit client's service account only");
    assertTrue(realm.path("users").get(0).has("serviceAccountClientId"));
    for (JsonNode client : realm.path("clients")) {
      switch (client.path("clientId").asText()) {
        case "energy-web" -> {
          assertEquals("0123456789abcdef-web", client.path("secret").asText());
          assertEquals(
              "https://energy.example.gov.cn/*", client.path("redirectUris").get(0).asText());
          assertEquals(
              "https://energy.example.gov.cn/*",
              client.path("attributes").path("post.logout.redirect.uris").asText());
        }
        case "energy-audit" ->
            assertEquals("0123456789abcdef-audit", client.path("secret").asText());
        default -> {}
      }
    }
    assertTrue(demo.path("users").size() > 10, "the demo realm itself is unchanged");
  }

  @Test
  void a_missing_or_demo_secret_or_a_plain_address_writes_nothing() throws Exception {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ProductionRealm.of(
                    demo(),
                    Map.of(
                            "PLATFORM_PUBLIC_URL", "http://energy.example.gov.cn",
                            "OIDC_CLIENT_SECRET", "energy-web-demo-secret-2026")
                        ::get));
    assertTrue(refused.getMessage().contains("PLATFORM_PUBLIC_URL"), refused.getMessage());
    assertTrue(refused.getMessage().contains("OIDC_CLIENT_SECRET"), refused.getMessage());
    assertTrue(refused.getMessage().contains("AUDIT_CLIENT_SECRET"), refused.getMessage());
  }
}
