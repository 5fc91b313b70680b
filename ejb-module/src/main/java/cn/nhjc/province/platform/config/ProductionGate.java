package cn.nhjc.province.platform.config;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Production mode's gate: with {@code PLATFORM_MODE=production} the platform does not start while
 * any of {@link ProductionChecks#findings} holds. Each finding is logged; the deployment fails with
 * all of them. The singletons that load or schedule anything start after it.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProductionGate {
  private static final Logger LOG = Logger.getLogger(ProductionGate.class.getName());

  /** A system property by name, else an environment variable by that name. */
  static final Function<String, String> SERVER_SETTINGS =
      name -> {
        String value = System.getProperty(name);
        return value != null ? value : System.getenv(name);
      };

  @PostConstruct
  void check() {
    if (!ProductionChecks.productionMode(SERVER_SETTINGS)) {
      LOG.info("demo mode (PLATFORM_MODE=production checks secrets, TLS and the realm)");
      return;
    }
    List<String> findings = new ArrayList<>(ProductionChecks.findings(SERVER_SETTINGS));
    findings.forEach(finding -> LOG.severe("production mode refused: " + finding));
    if (!findings.isEmpty()) {
      throw new IllegalStateException(
          "production mode refused to start: " + String.join("; ", findings));
    }
    LOG.info("production mode: secrets, TLS and the realm checked");
  }
}
