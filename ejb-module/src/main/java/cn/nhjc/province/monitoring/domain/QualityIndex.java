package cn.nhjc.province.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit's data-quality index for a day or month, and the rules it breaks: completeness, daily sum
 * against the monthly value, timeliness and gaps (protocol §6).
 *
 * @param completeness received ÷ expected, 4 decimals; {@code null} when nothing is expected
 * @param timeliness on time ÷ received; {@code null} when nothing was received
 * @param maxDeviation the largest |Σ daily − monthly| ÷ monthly among the unit's items
 */
public record QualityIndex(
    int expected,
    int received,
    BigDecimal completeness,
    int onTime,
    BigDecimal timeliness,
    BigDecimal maxDeviation,
    int longestGapDays,
    List<Breach> breaches) {

  /** What the statistics job measured for a unit. */
  public record Measured(
      int expected,
      int received,
      int onTime,
      int longestGapDays,
      String longestGapDataCode,
      List<Deviation> deviations) {}

  /** An item's daily values against its monthly value. */
  public record Deviation(String dataCode, BigDecimal monthly, BigDecimal dailySum) {

    /** |Σ daily − monthly| ÷ monthly, 4 decimals; {@code null} when the monthly value is 0. */
    public BigDecimal relative() {
      if (monthly.signum() == 0) {
        return null;
      }
      return dailySum.subtract(monthly).abs().divide(monthly.abs(), 4, RoundingMode.HALF_UP);
    }
  }

  /**
   * A broken rule.
   *
   * @param rule {@code completeness}, {@code daily-vs-monthly}, {@code timeliness} or {@code gap}
   * @param subject the dataCode it concerns, or empty for the unit
   */
  public record Breach(
      String rule, String subject, BigDecimal measured, BigDecimal threshold, String detail) {}

  public boolean passed() {
    return breaches.isEmpty();
  }

  public static QualityIndex evaluate(Measured m, QualityRules rules) {
    List<Breach> breaches = new ArrayList<>();
    BigDecimal completeness = ratio(m.received(), m.expected());
    if (completeness != null && completeness.compareTo(rules.minCompleteness()) < 0) {
      breaches.add(
          new Breach(
              "completeness",
              "",
              completeness,
              rules.minCompleteness(),
              String.format(
                  "数据完整率 %s%%（应收 %d，实收 %d），低于 %s%%",
                  percent(completeness),
                  m.expected(),
                  m.received(),
                  percent(rules.minCompleteness()))));
    }
    BigDecimal timeliness = ratio(m.onTime(), m.received());
    if (timeliness != null && timeliness.compareTo(rules.minTimeliness()) < 0) {
      breaches.add(
          new Breach(
              "timeliness",
              "",
              timeliness,
              rules.minTimeliness(),
              String.format(
                  "数据及时率 %s%%（按时 %d，共 %d），低于 %s%%",
                  percent(timeliness), m.onTime(), m.received(), percent(rules.minTimeliness()))));
    }
    BigDecimal maxDeviation = null;
    for (Deviation deviation : m.deviations()) {
      BigDecimal relative = deviation.relative();
      if (relative == null) {
        continue;
      }
      if (maxDeviation == null || relative.compareTo(maxDeviation) > 0) {
        maxDeviation = relative;
      }
      if (relative.compareTo(rules.dailyMonthlyTolerance()) > 0) {
        breaches.add(
            new Breach(
                "daily-vs-monthly",
                deviation.dataCode(),
                relative,
                rules.dailyMonthlyTolerance(),
                String.format(
                    "%s 日数据之和 %s 与月数据 %s 相差 %s%%，超过 %s%%",
                    deviation.dataCode(),
                    deviation.dailySum().stripTrailingZeros().toPlainString(),
                    deviation.monthly().stripTrailingZeros().toPlainString(),
                    percent(relative),
                    percent(rules.dailyMonthlyTolerance()))));
      }
    }
    if (m.longestGapDays() > rules.maxGapDays()) {
      breaches.add(
          new Breach(
              "gap",
              m.longestGapDataCode() == null ? "" : m.longestGapDataCode(),
              BigDecimal.valueOf(m.longestGapDays()),
              BigDecimal.valueOf(rules.maxGapDays()),
              String.format(
                  "%s 连续 %d 天无日数据，超过 %d 天",
                  m.longestGapDataCode(), m.longestGapDays(), rules.maxGapDays())));
    }
    return new QualityIndex(
        m.expected(),
        m.received(),
        completeness,
        m.onTime(),
        timeliness,
        maxDeviation,
        m.longestGapDays(),
        List.copyOf(breaches));
  }

  private static BigDecimal ratio(int part, int whole) {
    if (whole <= 0) {
      return null;
    }
    return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
  }

  private static String percent(BigDecimal share) {
    return share.movePointRight(2).stripTrailingZeros().toPlainString();
  }
}
