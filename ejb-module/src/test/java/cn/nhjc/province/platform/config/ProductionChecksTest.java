package cn.nhjc.province.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductionChecksTest {

  private static Map<String, String> production() {
    Map<String, String> settings = new HashMap<>();
    settings.put("PLATFORM_MODE", "production");
    settings.put("OIDC_CLIENT_SECRET", "a-long-secret-from-the-production-realm");
    settings.put("AUDIT_CLIENT_SECRET", "another-long-secret-of-the-audit-client");
    settings.put("OIDC_PROVIDER_URL", "https://sso.energy.example.gov.cn/realms/energy");
    settings.put("DB_URL", "jdbc:postgresql://db.internal:5432/energy");
    settings.put("DB_USER", "energy");
    settings.put("DB_PASSWORD", "Zx9#long-and-random");
    settings.put("PLATFORM_TLS", "proxy");
    settings.put("PROXY_ADDRESS_FORWARDING", "true");
    settings.put("FEP_BASE_URL", "https://fep.energy.example.gov.cn");
    return settings;
  }

  @Test
  void a_production_configuration_has_no_findings() {
    assertEquals(List.of(), ProductionChecks.findings(production()::get));
    assertTrue(ProductionChecks.productionMode(production()::get));
  }

  @Test
  void the_demo_configuration_has_a_finding_for_each_demo_default() {
    Map<String, String> demo = new HashMap<>();
    demo.put("DB_URL", "jdbc:postgresql://localhost:15432/energy");
    demo.put("DB_USER", "postgres");
    demo.put("DB_PASSWORD", "postgres");
    List<String> findings = ProductionChecks.findings(demo::get);
    assertEquals(6, findings.size(), findings.toString());
    assertTrue(findings.get(0).startsWith("OIDC_CLIENT_SECRET"));
    assertTrue(findings.get(1).startsWith("AUDIT_CLIENT_SECRET"));
    assertTrue(findings.get(2).startsWith("DB_PASSWORD"));
    assertTrue(findings.get(3).startsWith("plain HTTP"));
    assertFalse(ProductionChecks.productionMode(demo::get));
  }

  @Test
  void each_default_is_found_on_its_own() {
    for (String[] change :
        new String[][] {
          {"OIDC_CLIENT_SECRET", "energy-web-demo-secret-2026"},
          {"AUDIT_CLIENT_SECRET", "energy-audit-demo-secret-2026"},
          {"AUDIT_CLIENT_SECRET", ""},
          {"DB_PASSWORD", "energy"},
          {"DB_PASSWORD", "Postgres"},
          {"DB_URL", ""},
          {"PLATFORM_DEMO", "true"},
          {"PLATFORM_TLS", "none"},
          {"PROXY_ADDRESS_FORWARDING", "false"},
          {"FEP_BASE_URL", "http://fep.energy.example.gov.cn"},
          {"OIDC_PROVIDER_URL", "http://localhost:8180/realms/energy"}
        }) {
      Map<String, String> settings = production();
      settings.put(change[0], change[1]);
      assertEquals(1, ProductionChecks.findings(settings::get).size(), change[0] + "=" + change[1]);
    }
  }

  @Test
  void a_system_property_wins_over_the_environment_as_for_the_server_configuration() {
    Map<String, String> settings = production();
    settings.put("platform.oidc.client-secret", "energy-web-demo-secret-2026");
    assertEquals(1, ProductionChecks.findings(settings::get).size());
  }

  @Test
  void the_demo_secret_known_here_is_the_committed_realm_s() throws Exception {
    String realm = Files.readString(Path.of("..", "wildfly-config", "keycloak-realm-energy.json"));
    for (String secret : ProductionChecks.DEMO_CLIENT_SECRETS) {
      assertTrue(realm.contains("\"secret\": \"" + secret + "\""), secret);
    }
    assertTrue(realm.contains("\"secret\": \"energy-audit-demo-secret-2026\""));
    String cli = Files.readString(Path.of("..", "wildfly-config", "configure-40-oidc.cli"));
    assertTrue(cli.contains(":energy-web-demo-secret-2026}"), "the CLI's default is the demo one");
  }

  @Test
  void the_demo_accounts_known_here_are_the_committed_realm_s_users() throws Exception {
    JsonObject realm;
    try (JsonReader reader =
        Json.createReader(
            Files.newBufferedReader(
                Path.of("..", "wildfly-config", "keycloak-realm-energy.json")))) {
      realm = reader.readObject();
    }
    List<String> users = new ArrayList<>();
    for (JsonObject user : realm.getJsonArray("users").getValuesAs(JsonObject.class)) {
      if (!user.containsKey("serviceAccountClientId")) {
        users.add(user.getString("username"));
      }
    }
    assertEquals(users, ProductionChecks.DEMO_USERNAMES);
  }
}
