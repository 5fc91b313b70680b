package cn.nhjc.province.monitoring.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.function.Function;

/**
 * The data-quality thresholds of the protocol (§6), as the province sets them ({@code quality.*}).
 *
 * @param minCompleteness least received ÷ expected
 * @param dailyMonthlyTolerance largest |Σ daily − monthly| ÷ monthly
 * @param minTimeliness least share of values received by their deadline
 * @param dailyDeadline after the end of a value's day
 * @param monthlyDeadline after the end of a monthly value's month
 * @param maxGapDays longest run of days without a daily value
 * @param slotsPerDay real-time values expected per day (1440 ÷ exchange.realtime-minutes)
 */
public record QualityRules(
    BigDecimal minCompleteness,
    BigDecimal dailyMonthlyTolerance,
    BigDecimal minTimeliness,
    Duration dailyDeadline,
    Duration monthlyDeadline,
    int maxGapDays,
    int slotsPerDay) {

  private static final int MINUTES_PER_DAY = 1440;

  public static QualityRules from(Function<String, String> setting) {
    return new QualityRules(
        new BigDecimal(setting.apply("quality.min-completeness").trim()),
        new BigDecimal(setting.apply("quality.daily-monthly-tolerance").trim()),
        new BigDecimal(setting.apply("quality.min-timeliness").trim()),
        Duration.ofHours(Long.parseLong(setting.apply("quality.daily-deadline-hours").trim())),
        Duration.ofDays(Long.parseLong(setting.apply("quality.monthly-deadline-days").trim())),
        Integer.parseInt(setting.apply("quality.max-gap-days").trim()),
        MINUTES_PER_DAY / Integer.parseInt(setting.apply("exchange.realtime-minutes").trim()));
  }
}
