package cn.nhjc.province.simulator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SplittableRandom;

/**
 * How busy a plant is at a given time, as a factor around 1: a daily wave (lowest around 03:00,
 * highest in the afternoon), a weekend dip, and noise.
 *
 * <p>The noise is a pure function of (unit, dataCode, time): the same period always yields the same
 * value, so a daily total can be recomputed from its 15-minute values at any time and a restarted
 * simulator re-sends exactly what it would have sent.
 */
final class LoadShape {

  private static final double DAILY_AMPLITUDE = 0.2;
  private static final double WEEKEND_FACTOR = 0.85;
  private static final double NOISE = 0.05;

  private LoadShape() {}

  /** The factor for the 15-minute slot starting at {@code slot}: between about 0.72 and 1.26. */
  static double quarterHour(String unit, String dataCode, LocalDateTime slot) {
    double hour = slot.getHour() + slot.getMinute() / 60.0;
    double wave = 1 + DAILY_AMPLITUDE * Math.sin(2 * Math.PI * (hour - 9) / 24);
    return wave * weekend(slot.toLocalDate()) * noise(unit, dataCode, slot.toString());
  }

  /** The factor for a whole day (the daily wave averages out to 1). */
  static double day(String unit, String dataCode, LocalDate day) {
    return weekend(day) * noise(unit, dataCode, day.toString());
  }

  /**
   * The factor for a longer period, identified by a label such as {@code 2025-03} or {@code 2025}.
   */
  static double period(String unit, String dataCode, String label) {
    return noise(unit, dataCode, label);
  }

  /** A plant-specific size between 0.9 and 1.1, so units do not all look alike. */
  static double unitScale(String unit, String dataCode) {
    return 0.9 + 0.2 * random(unit, dataCode, "scale").nextDouble();
  }

  private static double weekend(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? WEEKEND_FACTOR : 1.0;
  }

  private static double noise(String unit, String dataCode, String when) {
    return 1 + NOISE * (2 * random(unit, dataCode, when).nextDouble() - 1);
  }

  private static SplittableRandom random(String unit, String dataCode, String when) {
    long seed = unit.hashCode();
    seed = seed * 0x9E3779B97F4A7C15L + dataCode.hashCode();
    seed = seed * 0x9E3779B97F4A7C15L + when.hashCode();
    return new SplittableRandom(seed);
  }
}
