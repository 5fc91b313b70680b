package cn.nhjc.province.conservation.application;

import cn.nhjc.province.conservation.domain.AssessmentRules;
import cn.nhjc.province.conservation.domain.WarningRules;
import cn.nhjc.province.platform.config.PlatformSettings;
import java.math.BigDecimal;
import java.util.Arrays;

/** The conservation settings of {@code platform_setting}, read into the domain's rules. */
final class ConservationSettings {

  private ConservationSettings() {}

  static WarningRules warning(PlatformSettings settings) {
    return new WarningRules(
        decimal(settings, "conservation.warning.red-ratio"),
        decimal(settings, "conservation.warning.yellow-ratio"),
        decimal(settings, "conservation.warning.red-intensity-change"));
  }

  static AssessmentRules assessment(PlatformSettings settings) {
    BigDecimal[] grades = list(settings, "conservation.assessment.grades");
    if (grades.length != 3) {
      throw new IllegalStateException("conservation.assessment.grades needs three scores");
    }
    return new AssessmentRules(
        decimal(settings, "conservation.assessment.completion-points"),
        grades[0],
        grades[1],
        grades[2]);
  }

  static BigDecimal[] interval(PlatformSettings settings) {
    BigDecimal[] interval = list(settings, "conservation.forecast.interval");
    if (interval.length != 12) {
      throw new IllegalStateException("conservation.forecast.interval needs twelve shares");
    }
    return interval;
  }

  static int profileYears(PlatformSettings settings) {
    return settings.integer("conservation.forecast.profile-years");
  }

  static boolean equalValue(PlatformSettings settings) {
    return "equal-value".equals(settings.text("accounting.electricity-convention").trim());
  }

  static String valueAddedItem(PlatformSettings settings) {
    return settings.text("accounting.economic-value-added").trim();
  }

  private static BigDecimal decimal(PlatformSettings settings, String key) {
    return new BigDecimal(settings.text(key).trim());
  }

  private static BigDecimal[] list(PlatformSettings settings, String key) {
    return Arrays.stream(settings.text(key).split(","))
        .map(String::trim)
        .map(BigDecimal::new)
        .toArray(BigDecimal[]::new);
  }
}
