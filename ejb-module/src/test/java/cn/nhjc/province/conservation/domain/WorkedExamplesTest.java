package cn.nhjc.province.conservation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of docs/conservation.md, computed by hand there and reproduced here to the
 * digit: a prorated target, an intensity change, a forecast with its interval, a warning level and
 * two assessment grades.
 */
class WorkedExamplesTest {

  /** The settings as V29 ships them. */
  private static final BigDecimal[] INTERVAL =
      Arrays.stream("0.15,0.09,0.06,0.05,0.04,0.035,0.03,0.025,0.02,0.02,0.005,0".split(","))
          .map(BigDecimal::new)
          .toArray(BigDecimal[]::new);

  private static final WarningRules WARNING =
      new WarningRules(new BigDecimal("1.05"), new BigDecimal("1.00"), BigDecimal.ZERO);

  private static final AssessmentRules ASSESSMENT =
      new AssessmentRules(
          new BigDecimal("60"), new BigDecimal("95"), new BigDecimal("80"), new BigDecimal("60"));

  private static BigDecimal[] thousands(double... values) {
    BigDecimal[] months = new BigDecimal[12];
    for (int k = 0; k < values.length; k++) {
      months[k] = BigDecimal.valueOf(values[k]).multiply(BigDecimal.valueOf(1000));
    }
    return months;
  }

  @Test
  void example_1_a_total_target_prorated_to_the_end_of_june() {
    BigDecimal[] months = thousands(13, 11, 10, 10, 9, 8);
    BigDecimal share = Proration.coveredShare(2026, months);
    assertEquals("0.4959", share.setScale(4, RoundingMode.HALF_UP).toPlainString());
    BigDecimal expected =
        Proration.expectedToDate(TargetKind.TOTAL, new BigDecimal("120000"), share);
    assertEquals("59506.85", expected.setScale(2, RoundingMode.HALF_UP).toPlainString());
    assertEquals(
        "0.4959",
        Proration.elapsedShare(2026, 6).setScale(4, RoundingMode.HALF_UP).toPlainString());
    // an intensity target is not prorated
    assertEquals(
        new BigDecimal("1.2000"),
        Proration.expectedToDate(TargetKind.INTENSITY, new BigDecimal("1.2000"), share));
  }

  @Test
  void example_2_an_intensity_change_against_the_base() {
    BigDecimal intensity =
        new BigDecimal("30000").divide(new BigDecimal("25000"), SeasonalForecast.MC);
    BigDecimal change =
        intensity
            .subtract(new BigDecimal("1.25"))
            .divide(new BigDecimal("1.25"), SeasonalForecast.MC);
    assertEquals("-0.0400", change.setScale(4, RoundingMode.HALF_UP).toPlainString());
    // intensity fell: no red for the change; the forecast ratio decides
    assertEquals(WarningLevel.GREEN, WARNING.level(new BigDecimal("0.9800"), change));
    assertEquals(WarningLevel.RED, WARNING.level(new BigDecimal("0.9800"), new BigDecimal("0.01")));
  }

  @Test
  void example_3_a_forecast_from_the_seasonal_profile_of_last_year() {
    BigDecimal[] past = thousands(12, 10, 10, 9, 8, 8, 9, 9, 8, 9, 10, 12);
    BigDecimal[] year = thousands(13, 11, 10, 10, 9, 8);
    SeasonalForecast.Projection p =
        SeasonalForecast.project(2026, year, List.<BigDecimal[]>of(past), INTERVAL);
    assertTrue(p.seasonal());
    assertEquals(6, p.months());
    assertEquals("61000", p.toDate().stripTrailingZeros().toPlainString());
    assertEquals("0.5000", p.coveredShare().setScale(4, RoundingMode.HALF_UP).toPlainString());
    assertEquals("122000.00", SeasonalForecast.round(p.value(), 2).toPlainString());
    assertEquals("117730.00", SeasonalForecast.round(p.low(), 2).toPlainString());
    assertEquals("126270.00", SeasonalForecast.round(p.high(), 2).toPlainString());
    // without a complete past year: calendar days, 61,000 ÷ (181 ÷ 365)
    SeasonalForecast.Projection days = SeasonalForecast.project(2026, year, List.of(), INTERVAL);
    assertEquals("123011.05", SeasonalForecast.round(days.value(), 2).toPlainString());
  }

  @Test
  void example_4_the_warning_level_of_that_forecast() {
    BigDecimal ratio =
        new BigDecimal("122000")
            .divide(new BigDecimal("120000"), SeasonalForecast.MC)
            .setScale(4, RoundingMode.HALF_UP);
    assertEquals("1.0167", ratio.toPlainString());
    assertEquals(WarningLevel.YELLOW, WARNING.level(ratio, null));
    assertEquals(WarningLevel.RED, WARNING.level(new BigDecimal("1.0500"), null));
    assertEquals(WarningLevel.GREEN, WARNING.level(new BigDecimal("1.0000"), null));
    assertNull(WARNING.level(null, null));
  }

  @Test
  void example_5_assessment_grades() {
    AssessmentRules.Result total =
        ASSESSMENT.assess(
            TargetKind.TOTAL,
            new BigDecimal("125000"),
            new BigDecimal("120000"),
            new BigDecimal("118000"),
            new BigDecimal("34"));
    assertEquals("1.0169", total.completion().toPlainString());
    assertEquals("60.0", total.completionPoints().toPlainString());
    assertEquals("94.0", total.score().toPlainString());
    assertEquals(Grade.COMPLETED, total.grade());

    AssessmentRules.Result intensity =
        ASSESSMENT.assess(
            TargetKind.INTENSITY,
            new BigDecimal("1.25"),
            new BigDecimal("1.20"),
            new BigDecimal("1.22"),
            new BigDecimal("40"));
    assertEquals("0.6000", intensity.completion().toPlainString());
    assertEquals("36.0", intensity.completionPoints().toPlainString());
    assertEquals("76.0", intensity.score().toPlainString());
    assertEquals(Grade.NOT_COMPLETED, intensity.grade());

    assertEquals(
        Grade.EXCEEDED,
        ASSESSMENT
            .assess(
                TargetKind.TOTAL,
                new BigDecimal("1"),
                new BigDecimal("100"),
                new BigDecimal("90"),
                new BigDecimal("35"))
            .grade());
    assertEquals(
        Grade.BASICALLY_COMPLETED,
        ASSESSMENT
            .assess(
                TargetKind.TOTAL,
                new BigDecimal("1"),
                new BigDecimal("100"),
                new BigDecimal("100"),
                new BigDecimal("5"))
            .grade());
  }
}
