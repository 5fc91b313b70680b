package cn.nhjc.province.platform.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * What production mode ({@code PLATFORM_MODE=production}) refuses to start with, read from the
 * server's settings (a system property, else an environment variable, as {@link PlatformConfig} and
 * the CLI scripts read them). The demo's secrets are published with the project, so they are known
 * here to be refused. Each finding is one sentence an operator can act on.
 */
public final class ProductionChecks {
  /** The client secrets of the committed demo realm (wildfly-config). */
  static final Set<String> DEMO_CLIENT_SECRETS =
      Set.of("energy-web-demo-secret-2026", "energy-audit-demo-secret-2026");

  /** The demo realm's accounts (README, demo accounts): none may be in a production realm. */
  public static final List<String> DEMO_USERNAMES =
      List.of(
          "prov.official",
          "city.tangshan",
          "city.shijiazhuang",
          "supervisor",
          "metrology",
          "admin",
          "ent.demo",
          "ent.other",
          "supplier.power",
          "supplier.gas",
          "citypf.tangshan",
          "auditor");

  /** A system property by name, else an environment variable by that name. */
  public static final Function<String, String> SERVER_SETTINGS =
      name -> {
        String value = System.getProperty(name);
        return value != null ? value : System.getenv(name);
      };

  /** Passwords that are defaults somewhere, never a production database's. */
  static final Set<String> DEFAULT_PASSWORDS =
      Set.of("", "postgres", "password", "admin", "root", "123456", "changeme", "secret");

  private ProductionChecks() {}

  /** Whether this server runs in production mode, by its system properties and environment. */
  public static boolean productionMode() {
    return productionMode(SERVER_SETTINGS);
  }

  /** Whether {@code PLATFORM_MODE} (system property {@code platform.mode}) is production. */
  public static boolean productionMode(Function<String, String> settings) {
    return "production"
        .equals(value(settings, "platform.mode", "PLATFORM_MODE").toLowerCase(Locale.ROOT));
  }

  /**
   * The reasons not to start in production mode; empty when there are none.
   *
   * @param settings a system property or an environment variable by name (null when unset)
   */
  public static List<String> findings(Function<String, String> settings) {
    List<String> findings = new ArrayList<>();
    String secret = value(settings, "platform.oidc.client-secret", "OIDC_CLIENT_SECRET");
    if (secret.isEmpty() || DEMO_CLIENT_SECRETS.contains(secret)) {
      findings.add(
          "OIDC_CLIENT_SECRET is unset or the demo realm's published secret: set the pages'"
              + " client secret of the production realm");
    }
    // the datasource reads these from the environment alone (configure-10-postgresql.cli)
    String auditSecret = value(settings, "platform.audit.client-secret", "AUDIT_CLIENT_SECRET");
    if (auditSecret.isEmpty() || DEMO_CLIENT_SECRETS.contains(auditSecret)) {
      findings.add(
          "AUDIT_CLIENT_SECRET is unset or the demo realm's published secret: set the audit"
              + " client's secret of the production realm");
    }
    String user = value(settings, null, "DB_USER");
    String password = value(settings, null, "DB_PASSWORD");
    if (DEFAULT_PASSWORDS.contains(password.toLowerCase(Locale.ROOT)) || password.equals(user)) {
      findings.add("DB_PASSWORD is unset, a default password or the user name");
    }
    if (value(settings, null, "DB_URL").isEmpty()) {
      findings.add("DB_URL is unset: production mode uses an external PostgreSQL");
    }
    String tls = value(settings, "platform.tls", "PLATFORM_TLS");
    if (!tls.equals("listener") && !tls.equals("proxy")) {
      findings.add(
          "plain HTTP: set PLATFORM_TLS=listener (WildFly's own https-listener) or"
              + " PLATFORM_TLS=proxy (behind a trusted TLS-terminating proxy)");
    } else if (tls.equals("proxy")
        && !"true"
            .equals(
                value(settings, "platform.proxy-address-forwarding", "PROXY_ADDRESS_FORWARDING"))) {
      findings.add(
          "PLATFORM_TLS=proxy needs PROXY_ADDRESS_FORWARDING=true, so that the server takes the"
              + " scheme and client address from the proxy's X-Forwarded headers");
    }
    if (Boolean.parseBoolean(value(settings, "platform.demo.load", "PLATFORM_DEMO"))) {
      findings.add("PLATFORM_DEMO=true would load the demo province into the database");
    }
    if (!value(settings, "platform.fep.base-url", "FEP_BASE_URL").startsWith("https://")) {
      findings.add("FEP_BASE_URL, the address devices are given, is unset or not https://");
    }
    if (!value(settings, "platform.oidc.provider-url", "OIDC_PROVIDER_URL")
        .startsWith("https://")) {
      findings.add("OIDC_PROVIDER_URL, the Keycloak realm, is unset or not https://");
    }
    return findings;
  }

  /** The system property (when {@code property} is not null), else the environment variable. */
  private static String value(Function<String, String> settings, String property, String env) {
    String value = property == null ? null : settings.apply(property);
    if (value == null || value.isBlank()) {
      value = settings.apply(env);
    }
    return value == null ? "" : value.trim();
  }
}
