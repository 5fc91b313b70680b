package cn.nhjc.province.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.monitoring.domain.QualityIndex.Breach;
import cn.nhjc.province.monitoring.domain.QualityIndex.Deviation;
import cn.nhjc.province.monitoring.domain.QualityIndex.Measured;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualityIndexTest {

  private static final String ELECTRICITY = "00-00-0000-023300-11";
  private static final String COAL = "00-00-0000-010104-11";

  /** The defaults of V6__accounting.sql. */
  private static final QualityRules RULES =
      QualityRules.from(
          Map.of(
                  "quality.min-completeness", "0.90",
                  "quality.daily-monthly-tolerance", "0.05",
                  "quality.min-timeliness", "0.90",
                  "quality.daily-deadline-hours", "24",
                  "quality.monthly-deadline-days", "5",
                  "quality.max-gap-days", "3",
                  "exchange.realtime-minutes", "15")
              ::get);

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static QualityIndex evaluate(
      int expected, int received, int onTime, int gapDays, Deviation... deviations) {
    return QualityIndex.evaluate(
        new Measured(expected, received, onTime, gapDays, ELECTRICITY, List.of(deviations)), RULES);
  }

  private static Breach only(QualityIndex index, String rule) {
    List<Breach> breaches = index.breaches().stream().filter(b -> b.rule().equals(rule)).toList();
    assertEquals(1, breaches.size(), rule + " in " + index.breaches());
    return breaches.get(0);
  }

  @Test
  void the_rules_are_read_from_the_settings() {
    assertEquals(0, d("0.90").compareTo(RULES.minCompleteness()));
    assertEquals(0, d("0.05").compareTo(RULES.dailyMonthlyTolerance()));
    assertEquals(0, d("0.90").compareTo(RULES.minTimeliness()));
    assertEquals(Duration.ofHours(24), RULES.dailyDeadline());
    assertEquals(Duration.ofDays(5), RULES.monthlyDeadline());
    assertEquals(3, RULES.maxGapDays());
    assertEquals(96, RULES.slotsPerDay());
  }

  @Test
  void completeness_below_the_minimum_is_a_breach_explained_in_chinese() {
    QualityIndex index = evaluate(100, 89, 89, 0);
    assertEquals(d("0.8900"), index.completeness());
    Breach breach = only(index, "completeness");
    assertEquals("", breach.subject());
    assertEquals(0, d("0.89").compareTo(breach.measured()));
    assertEquals(0, d("0.90").compareTo(breach.threshold()));
    assertEquals("数据完整率 89%（应收 100，实收 89），低于 90%", breach.detail());
    assertFalse(index.passed());
  }

  @Test
  void completeness_exactly_at_the_minimum_is_not_a_breach() {
    QualityIndex index = evaluate(100, 90, 90, 0);
    assertEquals(d("0.9000"), index.completeness());
    assertTrue(index.breaches().isEmpty());
    assertTrue(index.passed());
  }

  @Test
  void completeness_is_rounded_to_four_decimals() {
    assertEquals(d("0.6667"), evaluate(3, 2, 2, 0).completeness());
  }

  @Test
  void timeliness_below_the_minimum_is_a_breach() {
    QualityIndex index = evaluate(100, 100, 80, 0);
    assertEquals(d("0.8000"), index.timeliness());
    Breach breach = only(index, "timeliness");
    assertEquals("", breach.subject());
    assertEquals("数据及时率 80%（按时 80，共 100），低于 90%", breach.detail());
    assertFalse(index.passed());
  }

  @Test
  void timeliness_exactly_at_the_minimum_is_not_a_breach() {
    QualityIndex index = evaluate(100, 100, 90, 0);
    assertEquals(d("0.9000"), index.timeliness());
    assertTrue(index.passed());
  }

  @Test
  void a_daily_sum_five_percent_off_the_monthly_value_is_not_a_breach() {
    QualityIndex index = evaluate(10, 10, 10, 0, new Deviation(ELECTRICITY, d("1000"), d("1050")));
    assertEquals(0, d("0.05").compareTo(index.maxDeviation()));
    assertTrue(index.passed());
    QualityIndex below = evaluate(10, 10, 10, 0, new Deviation(ELECTRICITY, d("1000"), d("950")));
    assertEquals(0, d("0.05").compareTo(below.maxDeviation()));
    assertTrue(below.passed());
  }

  @Test
  void a_daily_sum_more_than_five_percent_off_is_a_breach_of_that_item() {
    QualityIndex index =
        evaluate(
            10,
            10,
            10,
            0,
            new Deviation(ELECTRICITY, d("1000"), d("1020")),
            new Deviation(COAL, d("1000"), d("1051")));
    Breach breach = only(index, "daily-vs-monthly");
    assertEquals(COAL, breach.subject());
    assertEquals(d("0.0510"), breach.measured());
    assertEquals(0, d("0.05").compareTo(breach.threshold()));
    assertEquals(COAL + " 日数据之和 1051 与月数据 1000 相差 5.1%，超过 5%", breach.detail());
    assertEquals(d("0.0510"), index.maxDeviation());
    assertFalse(index.passed());
  }

  @Test
  void the_deviation_is_relative_to_the_monthly_value_with_four_decimals() {
    assertEquals(d("0.0510"), new Deviation(COAL, d("1000"), d("1051")).relative());
    assertEquals(d("0.0510"), new Deviation(COAL, d("1000"), d("949")).relative());
    assertNull(new Deviation(COAL, BigDecimal.ZERO, d("5")).relative());
  }

  @Test
  void an_item_whose_monthly_value_is_zero_is_skipped() {
    QualityIndex index = evaluate(10, 10, 10, 0, new Deviation(COAL, BigDecimal.ZERO, d("500")));
    assertNull(index.maxDeviation());
    assertTrue(index.passed());
  }

  @Test
  void a_gap_longer_than_the_maximum_is_a_breach_of_the_item() {
    QualityIndex index = evaluate(10, 10, 10, 4);
    assertEquals(4, index.longestGapDays());
    Breach breach = only(index, "gap");
    assertEquals(ELECTRICITY, breach.subject());
    assertEquals(0, BigDecimal.valueOf(4).compareTo(breach.measured()));
    assertEquals(0, BigDecimal.valueOf(3).compareTo(breach.threshold()));
    assertEquals(ELECTRICITY + " 连续 4 天无日数据，超过 3 天", breach.detail());
    assertFalse(index.passed());
  }

  @Test
  void a_gap_of_the_maximum_is_not_a_breach() {
    assertTrue(evaluate(10, 10, 10, 3).passed());
  }

  @Test
  void nothing_expected_has_no_completeness_and_no_breach() {
    QualityIndex index = evaluate(0, 0, 0, 0);
    assertNull(index.completeness());
    assertNull(index.timeliness());
    assertNull(index.maxDeviation());
    assertTrue(index.breaches().isEmpty());
    assertTrue(index.passed());
  }

  @Test
  void nothing_received_is_incomplete_but_has_no_timeliness() {
    QualityIndex index = evaluate(10, 0, 0, 0);
    assertEquals(d("0.0000"), index.completeness());
    assertNull(index.timeliness());
    assertEquals(List.of("completeness"), index.breaches().stream().map(Breach::rule).toList());
  }

  @Test
  void every_broken_rule_is_listed_in_order() {
    QualityIndex index = evaluate(100, 50, 10, 5, new Deviation(ELECTRICITY, d("1000"), d("2000")));
    assertEquals(
        List.of("completeness", "timeliness", "daily-vs-monthly", "gap"),
        index.breaches().stream().map(Breach::rule).toList());
    assertFalse(index.passed());
  }

  @Test
  void a_unit_within_every_rule_passes() {
    QualityIndex index =
        evaluate(31, 31, 31, 0, new Deviation(ELECTRICITY, d("310000"), d("310000")));
    assertEquals(d("1.0000"), index.completeness());
    assertEquals(d("1.0000"), index.timeliness());
    assertEquals(0, BigDecimal.ZERO.compareTo(index.maxDeviation()));
    assertTrue(index.passed());
  }
}
