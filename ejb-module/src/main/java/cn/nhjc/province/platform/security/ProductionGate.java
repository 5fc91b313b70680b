package cn.nhjc.province.platform.security;

import cn.nhjc.province.platform.config.PlatformConfig;
import cn.nhjc.province.platform.config.ProductionChecks;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Production mode's gate: with {@code PLATFORM_MODE=production} the platform does not start while
 * any of {@link ProductionChecks#findings} holds, or while the realm holds an account of the demo
 * realm, or cannot be asked (the audit client's service account reads the users). Each finding is
 * logged; the deployment fails with all of them. The singletons that load or schedule anything
 * start after it.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProductionGate {
  private static final Logger LOG = Logger.getLogger(ProductionGate.class.getName());

  @Inject private PlatformConfig config;

  @PostConstruct
  void check() {
    if (!ProductionChecks.productionMode()) {
      LOG.info("demo mode (PLATFORM_MODE=production checks secrets, TLS and the realm)");
      return;
    }
    List<String> findings =
        new ArrayList<>(ProductionChecks.findings(ProductionChecks.SERVER_SETTINGS));
    findings.addAll(demoUsers());
    findings.forEach(finding -> LOG.severe("production mode refused: " + finding));
    if (!findings.isEmpty()) {
      throw new IllegalStateException(
          "production mode refused to start: " + String.join("; ", findings));
    }
    LOG.info("production mode: secrets, TLS and the realm checked");
  }

  /**
   * The demo accounts the identity provider's realm holds, asked through its admin API as the audit
   * client; a finding too when the realm cannot be asked.
   */
  private List<String> demoUsers() {
    KeycloakAdminApi admin =
        new KeycloakAdminApi(
            config.identityProviderUrl(), config.auditClientId(), config.auditClientSecret());
    List<String> found = new ArrayList<>();
    try {
      for (String username : ProductionChecks.DEMO_USERNAMES) {
        String users =
            admin.get(
                "/users?exact=true&briefRepresentation=true&username="
                    + URLEncoder.encode(username, StandardCharsets.UTF_8));
        try (JsonReader reader = Json.createReader(new StringReader(users))) {
          if (!reader.readArray().isEmpty()) {
            found.add(username);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return List.of(
          "the realm cannot be checked for demo accounts through the audit client ("
              + e.getMessage()
              + "): its service account needs the realm-management roles view-users and"
              + " view-events");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of("interrupted while checking the realm for demo accounts");
    }
    return found.isEmpty()
        ? List.of()
        : List.of("the realm holds demo accounts: " + String.join(", ", found));
  }
}
