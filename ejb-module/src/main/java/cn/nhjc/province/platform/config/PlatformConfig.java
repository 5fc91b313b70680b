package cn.nhjc.province.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Deployment configuration: system property first ({@code platform.province.code}), then the
 * environment ({@code PROVINCE_CODE}), then the documented default. The launcher and the server
 * configuration set these; nothing here is business data.
 */
@ApplicationScoped
public class PlatformConfig {

  public static final String DEFAULT_PROVINCE = "130000";

  public String provinceCode() {
    return setting("platform.province.code", "PROVINCE_CODE").orElse(DEFAULT_PROVINCE);
  }

  public boolean loadDemoProvince() {
    return setting("platform.demo.load", "PLATFORM_DEMO").map(Boolean::parseBoolean).orElse(false);
  }

  public long demoSeed() {
    return setting("platform.demo.seed", "PLATFORM_DEMO_SEED")
        .map(Long::parseLong)
        .orElse(20261128L);
  }

  public int demoUnits() {
    return setting("platform.demo.units", "PLATFORM_DEMO_UNITS").map(Integer::parseInt).orElse(320);
  }

  /**
   * How many days before today the demo's history ends (0: it runs up to yesterday): with 1 the
   * province's devices have yet to send yesterday, as just after midnight.
   */
  public int demoDaysWithheld() {
    return setting("platform.demo.days-withheld", "PLATFORM_DEMO_DAYS_WITHHELD")
        .map(Integer::parseInt)
        .orElse(0);
  }

  /**
   * The file holding the master key that seals device keys at rest. Default: inside the server's
   * data folder, so a database backup alone never reveals a device key.
   */
  public java.nio.file.Path masterKeyFile() {
    return setting("platform.keys.master-file", "PLATFORM_MASTER_KEY_FILE")
        .map(java.nio.file.Path::of)
        .orElseGet(
            () ->
                java.nio.file.Path.of(
                    System.getProperty("jboss.server.data.dir", "."), "platform", "master.key"));
  }

  /**
   * The public base URL of the front-end processor ({@code https://fep.example.gov.cn}); empty
   * means the base URL of the request.
   */
  public Optional<String> frontEndBaseUrl() {
    return setting("platform.fep.base-url", "FEP_BASE_URL").map(url -> url.replaceAll("/+$", ""));
  }

  /**
   * The identity provider's realm URL, as the server's OIDC configuration names it
   * (configure-40-oidc.cli).
   */
  public String identityProviderUrl() {
    return setting("platform.oidc.provider-url", "OIDC_PROVIDER_URL")
        .orElse("http://localhost:8180/realms/energy")
        .replaceAll("/+$", "");
  }

  /** The pages' OIDC client at the identity provider, as configure-40-oidc.cli names it. */
  public String webClientId() {
    return setting("platform.oidc.client-id", "OIDC_CLIENT_ID").orElse("energy-web");
  }

  /**
   * The confidential client with a service account (realm-management role {@code view-events})
   * through which the audit trail reads the identity provider's sign-in events.
   */
  public String auditClientId() {
    return setting("platform.audit.client-id", "AUDIT_CLIENT_ID").orElse("energy-audit");
  }

  /**
   * The audit client's secret. The default is the demo realm's (keycloak-realm-energy.json); a
   * deployment sets its own, in the realm and here.
   */
  public String auditClientSecret() {
    return setting("platform.audit.client-secret", "AUDIT_CLIENT_SECRET")
        .orElse("energy-audit-demo-secret-2026");
  }

  /**
   * How often, in seconds, the identity provider's sign-in events are taken into the audit trail; 0
   * turns the import off on this node.
   */
  public long auditImportIntervalSeconds() {
    return setting("platform.audit.import-interval-seconds", "AUDIT_IMPORT_INTERVAL_SECONDS")
        .map(Long::parseLong)
        .orElse(60L);
  }

  static Optional<String> setting(String property, String environment) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(environment);
    }
    return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
  }
}
