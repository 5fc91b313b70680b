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

  static Optional<String> setting(String property, String environment) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(environment);
    }
    return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
  }
}
