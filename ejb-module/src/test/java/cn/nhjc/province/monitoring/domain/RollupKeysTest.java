package cn.nhjc.province.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.monitoring.domain.RollupKeys.UnitPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollupKeysTest {

  private static final int REALTIME = 0;
  private static final int DAILY = 1;
  private static final int MONTHLY = 2;
  private static final int YEARLY = 3;

  private final RollupKeys keys = new RollupKeys();

  @Test
  void nothing_noted_is_empty() {
    assertTrue(keys.isEmpty());
    assertTrue(keys.periods().isEmpty());
  }

  @Test
  void a_daily_change_marks_its_day_month_quarter_and_year() {
    keys.changed(7, DAILY, LocalDate.of(2026, 2, 10));
    assertFalse(keys.isEmpty());
    assertEquals(List.of(new UnitPeriod(7, LocalDate.of(2026, 2, 10))), keys.of(PeriodType.DAY));
    assertEquals(List.of(new UnitPeriod(7, LocalDate.of(2026, 2, 1))), keys.of(PeriodType.MONTH));
    assertEquals(List.of(new UnitPeriod(7, LocalDate.of(2026, 1, 1))), keys.of(PeriodType.QUARTER));
    assertEquals(List.of(new UnitPeriod(7, LocalDate.of(2026, 1, 1))), keys.of(PeriodType.YEAR));
  }

  @Test
  void a_monthly_change_marks_its_month_quarter_and_year_but_no_day() {
    keys.changed(7, MONTHLY, LocalDate.of(2026, 8, 1));
    assertTrue(keys.of(PeriodType.DAY).isEmpty());
    assertEquals(List.of(new UnitPeriod(7, LocalDate.of(2026, 8, 1))), keys.of(PeriodType.MONTH));
    assertEquals(List.of(new UnitPeriod(7, LocalDate.of(2026, 7, 1))), keys.of(PeriodType.QUARTER));
    assertEquals(List.of(new UnitPeriod(7, LocalDate.of(2026, 1, 1))), keys.of(PeriodType.YEAR));
  }

  @Test
  void real_time_and_yearly_changes_mark_nothing() {
    keys.changed(7, REALTIME, LocalDate.of(2026, 2, 10));
    keys.changed(7, YEARLY, LocalDate.of(2026, 1, 1));
    assertTrue(keys.isEmpty());
    for (PeriodType type : PeriodType.values()) {
      assertTrue(keys.of(type).isEmpty(), type.name());
    }
  }

  @Test
  void changes_in_the_same_periods_collapse_to_one_key_each() {
    keys.changed(7, DAILY, LocalDate.of(2026, 2, 10));
    keys.changed(7, DAILY, LocalDate.of(2026, 2, 10));
    keys.changed(7, DAILY, LocalDate.of(2026, 2, 11));
    keys.changed(7, MONTHLY, LocalDate.of(2026, 2, 1));
    keys.changed(7, MONTHLY, LocalDate.of(2026, 3, 1));
    assertEquals(2, keys.of(PeriodType.DAY).size());
    assertEquals(
        List.of(
            new UnitPeriod(7, LocalDate.of(2026, 2, 1)),
            new UnitPeriod(7, LocalDate.of(2026, 3, 1))),
        keys.of(PeriodType.MONTH));
    assertEquals(1, keys.of(PeriodType.QUARTER).size());
    assertEquals(1, keys.of(PeriodType.YEAR).size());
  }

  @Test
  void the_same_period_of_two_units_gives_two_keys() {
    keys.changed(7, MONTHLY, LocalDate.of(2026, 2, 1));
    keys.changed(8, MONTHLY, LocalDate.of(2026, 2, 1));
    assertEquals(
        List.of(
            new UnitPeriod(7, LocalDate.of(2026, 2, 1)),
            new UnitPeriod(8, LocalDate.of(2026, 2, 1))),
        keys.of(PeriodType.MONTH));
  }

  @Test
  void add_notes_the_period_of_the_type_that_holds_the_day() {
    keys.add(7, PeriodType.QUARTER, LocalDate.of(2026, 11, 17));
    assertEquals(
        List.of(new UnitPeriod(7, LocalDate.of(2026, 10, 1))), keys.of(PeriodType.QUARTER));
    assertTrue(keys.of(PeriodType.MONTH).isEmpty());
  }

  @Test
  void periods_are_ordered_by_type_then_start() {
    keys.changed(7, DAILY, LocalDate.of(2026, 2, 10));
    keys.changed(8, DAILY, LocalDate.of(2026, 1, 15));
    keys.changed(7, MONTHLY, LocalDate.of(2026, 1, 1));
    keys.changed(9, MONTHLY, LocalDate.of(2025, 12, 1));

    List<String> periods = new ArrayList<>();
    keys.periods().forEach(p -> periods.add(p.type().code() + " " + p));
    assertEquals(
        List.of(
            "D 2026-01-15",
            "D 2026-02-10",
            "M 2025-12",
            "M 2026-01",
            "M 2026-02",
            "Q 2025-Q4",
            "Q 2026-Q1",
            "Y 2025",
            "Y 2026"),
        periods);
  }
}
