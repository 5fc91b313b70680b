package cn.nhjc.province.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatPeriodTest {

  private static final String ACCEPTED_FORMS = "yyyy-MM-dd, yyyy-MM, yyyy-Qn or yyyy";

  @Test
  void a_day_is_read_and_written_as_an_iso_date() {
    StatPeriod day = StatPeriod.parse("2026-10-05");
    assertEquals(PeriodType.DAY, day.type());
    assertEquals(LocalDate.of(2026, 10, 5), day.start());
    assertEquals("2026-10-05", day.toString());
  }

  @Test
  void a_month_is_read_and_written_as_year_and_month() {
    StatPeriod month = StatPeriod.parse("2026-10");
    assertEquals(PeriodType.MONTH, month.type());
    assertEquals(LocalDate.of(2026, 10, 1), month.start());
    assertEquals("2026-10", month.toString());
  }

  @Test
  void a_quarter_starts_on_the_first_day_of_its_first_month() {
    StatPeriod quarter = StatPeriod.parse("2026-Q4");
    assertEquals(PeriodType.QUARTER, quarter.type());
    assertEquals(LocalDate.of(2026, 10, 1), quarter.start());
    assertEquals("2026-Q4", quarter.toString());
    assertEquals(LocalDate.of(2026, 1, 1), StatPeriod.parse("2026-Q1").start());
    assertEquals(LocalDate.of(2026, 4, 1), StatPeriod.parse("2026-Q2").start());
    assertEquals(LocalDate.of(2026, 7, 1), StatPeriod.parse("2026-Q3").start());
  }

  @Test
  void a_year_starts_on_the_first_of_january() {
    StatPeriod year = StatPeriod.parse("2026");
    assertEquals(PeriodType.YEAR, year.type());
    assertEquals(LocalDate.of(2026, 1, 1), year.start());
    assertEquals("2026", year.toString());
  }

  @Test
  void every_written_period_reads_back_as_itself() {
    for (String text : List.of("2026-10-05", "2026-10", "2026-Q4", "2026")) {
      StatPeriod period = StatPeriod.parse(text);
      assertEquals(text, period.toString());
      assertEquals(period, StatPeriod.parse(period.toString()));
    }
  }

  @Test
  void surrounding_blanks_are_ignored() {
    assertEquals(StatPeriod.parse("2026-10"), StatPeriod.parse(" 2026-10 "));
  }

  @Test
  void malformed_periods_are_refused_with_a_message_naming_the_accepted_forms() {
    for (String text : new String[] {"2026-13", "2026-Q5", "26-10", "", null, "2026-02-30"}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> StatPeriod.parse(text), "input " + text);
      assertTrue(
          e.getMessage().contains(ACCEPTED_FORMS), "message for " + text + ": " + e.getMessage());
    }
  }

  @Test
  void end_is_the_first_day_after_the_period() {
    assertEquals(LocalDate.of(2026, 10, 6), StatPeriod.parse("2026-10-05").end());
    assertEquals(LocalDate.of(2026, 11, 1), StatPeriod.parse("2026-10").end());
    assertEquals(LocalDate.of(2027, 1, 1), StatPeriod.parse("2026-Q4").end());
    assertEquals(LocalDate.of(2027, 1, 1), StatPeriod.parse("2026").end());
  }

  @Test
  void previous_is_the_period_of_the_same_type_just_before_crossing_years() {
    assertEquals(StatPeriod.parse("2025-12-31"), StatPeriod.parse("2026-01-01").previous());
    assertEquals(StatPeriod.parse("2026-02-28"), StatPeriod.parse("2026-03-01").previous());
    assertEquals(StatPeriod.parse("2025-12"), StatPeriod.parse("2026-01").previous());
    assertEquals(StatPeriod.parse("2025-Q4"), StatPeriod.parse("2026-Q1").previous());
    assertEquals(StatPeriod.parse("2026-Q3"), StatPeriod.parse("2026-Q4").previous());
    assertEquals(StatPeriod.parse("2025"), StatPeriod.parse("2026").previous());
  }

  @Test
  void year_before_is_the_same_period_one_year_earlier() {
    assertEquals(StatPeriod.parse("2025-10-05"), StatPeriod.parse("2026-10-05").yearBefore());
    assertEquals(StatPeriod.parse("2025-10"), StatPeriod.parse("2026-10").yearBefore());
    assertEquals(StatPeriod.parse("2025-Q4"), StatPeriod.parse("2026-Q4").yearBefore());
    assertEquals(StatPeriod.parse("2025"), StatPeriod.parse("2026").yearBefore());
  }

  @Test
  void the_year_before_a_leap_day_is_the_last_day_of_february() {
    assertEquals(StatPeriod.parse("2027-02-28"), StatPeriod.parse("2028-02-29").yearBefore());
  }

  @Test
  void months_lists_the_calendar_months_of_a_month_quarter_or_year() {
    assertEquals(List.of(YearMonth.of(2026, 10)), StatPeriod.parse("2026-10").months());
    assertEquals(
        List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12)),
        StatPeriod.parse("2026-Q4").months());
    List<YearMonth> year = StatPeriod.parse("2026").months();
    assertEquals(12, year.size());
    assertEquals(YearMonth.of(2026, 1), year.get(0));
    assertEquals(YearMonth.of(2026, 12), year.get(11));
  }

  @Test
  void a_day_has_no_months() {
    assertTrue(StatPeriod.parse("2026-10-05").months().isEmpty());
  }

  @Test
  void days_counts_the_calendar_days_with_february_2028_a_leap_month() {
    assertEquals(1, StatPeriod.parse("2028-02-29").days());
    assertEquals(29, StatPeriod.parse("2028-02").days());
    assertEquals(28, StatPeriod.parse("2027-02").days());
    assertEquals(31, StatPeriod.parse("2026-10").days());
    assertEquals(91, StatPeriod.parse("2028-Q1").days());
    assertEquals(90, StatPeriod.parse("2026-Q1").days());
    assertEquals(92, StatPeriod.parse("2026-Q4").days());
    assertEquals(366, StatPeriod.parse("2028").days());
    assertEquals(365, StatPeriod.parse("2026").days());
  }

  @Test
  void containing_finds_the_period_of_a_type_that_holds_a_day() {
    LocalDate day = LocalDate.of(2026, 11, 17);
    assertEquals(StatPeriod.parse("2026-11-17"), StatPeriod.containing(PeriodType.DAY, day));
    assertEquals(StatPeriod.parse("2026-11"), StatPeriod.containing(PeriodType.MONTH, day));
    assertEquals(StatPeriod.parse("2026-Q4"), StatPeriod.containing(PeriodType.QUARTER, day));
    assertEquals(StatPeriod.parse("2026"), StatPeriod.containing(PeriodType.YEAR, day));
    assertEquals(
        StatPeriod.parse("2026-Q1"),
        StatPeriod.containing(PeriodType.QUARTER, LocalDate.of(2026, 3, 31)));
  }

  @Test
  void contains_holds_from_the_start_up_to_but_not_including_the_end() {
    StatPeriod quarter = StatPeriod.parse("2026-Q4");
    assertTrue(quarter.contains(LocalDate.of(2026, 10, 1)));
    assertTrue(quarter.contains(LocalDate.of(2026, 12, 31)));
    assertFalse(quarter.contains(LocalDate.of(2026, 9, 30)));
    assertFalse(quarter.contains(LocalDate.of(2027, 1, 1)));
  }

  @Test
  void the_constructor_refuses_a_start_that_does_not_begin_its_period() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new StatPeriod(PeriodType.MONTH, LocalDate.of(2026, 10, 5)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new StatPeriod(PeriodType.QUARTER, LocalDate.of(2026, 11, 1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new StatPeriod(PeriodType.YEAR, LocalDate.of(2026, 2, 1)));
  }

  @Test
  void the_constructor_accepts_any_day_for_a_day_and_period_starts_for_the_others() {
    assertEquals(
        "2026-10-05", new StatPeriod(PeriodType.DAY, LocalDate.of(2026, 10, 5)).toString());
    assertEquals(
        "2026-Q4", new StatPeriod(PeriodType.QUARTER, LocalDate.of(2026, 10, 1)).toString());
    assertEquals("2026-10", StatPeriod.month(YearMonth.of(2026, 10)).toString());
  }
}
