package cn.nhjc.province.batch.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.monitoring.domain.StatType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DueClosesTest {

  private static final LocalTime SIX = LocalTime.of(6, 0);
  private static final DueCloses WEEK = closes(5, 7);

  private static DueCloses closes(int monthCloseDay, int windowDays) {
    return new DueCloses(StatType.CALENDAR_ZONE, SIX, monthCloseDay, windowDays);
  }

  /** An instant given as Beijing local time, {@code 2026-12-07T10:00}. */
  private static Instant beijing(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(StatType.CALENDAR_ZONE).toInstant();
  }

  private static StatPeriod day(String day) {
    return StatPeriod.parse(day);
  }

  private static StatPeriod month(String month) {
    return StatPeriod.parse(month);
  }

  private static List<StatPeriod> periods(List<DueCloses.Close> closes) {
    return closes.stream().map(DueCloses.Close::period).toList();
  }

  /** Every close due at {@code now} as made at its time, except the ones named. */
  private static Map<StatPeriod, Instant> closedOnTimeExcept(
      DueCloses closes, Instant now, StatPeriod... notClosed) {
    Map<StatPeriod, Instant> closed = new HashMap<>();
    for (DueCloses.Close close : closes.due(now)) {
      closed.put(close.period(), close.dueAt().plusSeconds(90));
    }
    for (StatPeriod period : notClosed) {
      closed.remove(period);
    }
    return closed;
  }

  @Test
  void a_day_whose_close_time_passed_while_the_server_was_down_is_due() {
    Instant now = beijing("2026-12-07T10:00");
    Map<StatPeriod, Instant> closed = closedOnTimeExcept(WEEK, now, day("2026-12-03"));

    List<DueCloses.Close> missing = WEEK.missing(now, closed, Set.of());

    assertEquals(List.of(day("2026-12-03")), periods(missing));
    assertEquals(beijing("2026-12-04T06:00"), missing.get(0).dueAt());
  }

  @Test
  void yesterday_is_not_due_before_todays_close_time_and_is_due_from_it_on() {
    assertFalse(periods(WEEK.due(beijing("2026-12-07T05:59:59"))).contains(day("2026-12-06")));
    assertTrue(periods(WEEK.due(beijing("2026-12-07T05:59:59"))).contains(day("2026-12-05")));
    assertTrue(periods(WEEK.due(beijing("2026-12-07T06:00"))).contains(day("2026-12-06")));
  }

  @Test
  void the_window_holds_the_days_closed_within_its_number_of_days_before_now() {
    List<StatPeriod> days =
        List.of(
            day("2026-12-13"),
            day("2026-12-14"),
            day("2026-12-15"),
            day("2026-12-16"),
            day("2026-12-17"),
            day("2026-12-18"),
            day("2026-12-19"));
    // 2026-12-12 was closed at 2026-12-13 06:00, before the window opened at 2026-12-13 10:00
    assertEquals(days, periods(WEEK.due(beijing("2026-12-20T10:00"))));
  }

  @Test
  void before_todays_close_time_the_window_reaches_one_day_further_back() {
    List<StatPeriod> due = periods(WEEK.due(beijing("2026-12-20T05:00")));

    // the window opened at 2026-12-13 05:00, before 2026-12-12 was closed at 06:00
    assertEquals(day("2026-12-12"), due.get(0));
    assertEquals(day("2026-12-18"), due.get(due.size() - 1));
    assertEquals(7, due.size());
  }

  @Test
  void a_window_of_one_day_holds_only_the_latest_daily_close() {
    DueCloses latestOnly = closes(5, 1);

    assertEquals(List.of(day("2026-12-06")), periods(latestOnly.due(beijing("2026-12-07T06:00"))));
    assertEquals(List.of(day("2026-12-05")), periods(latestOnly.due(beijing("2026-12-07T05:59"))));
  }

  @Test
  void last_month_is_due_from_its_close_day_at_the_close_time() {
    assertFalse(periods(WEEK.due(beijing("2026-12-05T05:59"))).contains(month("2026-11")));

    List<DueCloses.Close> due = WEEK.due(beijing("2026-12-05T06:00"));

    assertTrue(periods(due).contains(month("2026-11")));
    assertEquals(beijing("2026-12-05T06:00"), WEEK.dueAt(month("2026-11")));
  }

  @Test
  void a_month_close_missed_within_the_window_is_caught_up_and_not_beyond_it() {
    Instant sixDaysLater = beijing("2026-12-11T10:00");
    Map<StatPeriod, Instant> closed = closedOnTimeExcept(WEEK, sixDaysLater, month("2026-11"));
    assertEquals(List.of(month("2026-11")), periods(WEEK.missing(sixDaysLater, closed, Set.of())));

    // a week and a few hours after the close day the window has moved past it
    assertFalse(periods(WEEK.due(beijing("2026-12-12T10:00"))).contains(month("2026-11")));
  }

  @Test
  void december_is_closed_in_january_of_the_next_year() {
    assertEquals(beijing("2027-01-05T06:00"), WEEK.dueAt(month("2026-12")));
    assertTrue(periods(WEEK.due(beijing("2027-01-05T06:00"))).contains(month("2026-12")));
  }

  @Test
  void a_close_day_beyond_a_short_month_falls_on_its_last_day() {
    DueCloses onThe31st = closes(31, 7);

    assertEquals(beijing("2027-02-28T06:00"), onThe31st.dueAt(month("2027-01")));
    assertEquals(beijing("2027-01-31T06:00"), onThe31st.dueAt(month("2026-12")));
    assertTrue(periods(onThe31st.due(beijing("2027-02-28T07:00"))).contains(month("2027-01")));
  }

  @Test
  void periods_closed_at_or_after_their_close_time_are_not_missing() {
    Instant now = beijing("2026-12-07T10:00");
    Map<StatPeriod, Instant> closed = new HashMap<>();
    for (DueCloses.Close close : WEEK.due(now)) {
      closed.put(close.period(), close.dueAt());
    }

    assertTrue(WEEK.missing(now, closed, Set.of()).isEmpty());
  }

  @Test
  void a_period_closed_before_its_close_time_is_still_missing() {
    Instant now = beijing("2026-12-07T10:00");
    Map<StatPeriod, Instant> closed = closedOnTimeExcept(WEEK, now);
    // an administrator closed the day at 01:00, while late data could still come
    closed.put(day("2026-12-06"), beijing("2026-12-07T01:00"));

    assertEquals(List.of(day("2026-12-06")), periods(WEEK.missing(now, closed, Set.of())));
  }

  @Test
  void a_period_whose_job_is_running_is_not_missing() {
    Instant now = beijing("2026-12-07T10:00");
    Map<StatPeriod, Instant> closed =
        closedOnTimeExcept(WEEK, now, day("2026-12-05"), day("2026-12-06"));

    assertEquals(
        List.of(day("2026-12-05")), periods(WEEK.missing(now, closed, Set.of(day("2026-12-06")))));
  }

  @Test
  void on_an_empty_record_every_due_close_is_missing_oldest_first() {
    Instant now = beijing("2026-12-05T06:00");

    List<StatPeriod> missing = periods(WEEK.missing(now, Map.of(), Set.of()));

    assertEquals(day("2026-11-28"), missing.get(0));
    // the month and its close day's day fall due together: the month is the older period
    assertEquals(List.of(month("2026-11"), day("2026-12-04")), missing.subList(6, 8));
    assertEquals(8, missing.size());
  }

  @Test
  void the_closed_periods_are_looked_up_from_the_start_of_the_oldest_due_one() {
    assertEquals(LocalDate.parse("2026-12-13"), WEEK.firstPeriodStart(beijing("2026-12-20T10:00")));
    assertEquals(LocalDate.parse("2026-11-01"), WEEK.firstPeriodStart(beijing("2026-12-11T10:00")));
  }

  @Test
  void the_last_close_time_is_todays_once_passed_else_yesterdays() {
    assertEquals(beijing("2026-12-07T06:00"), WEEK.lastCloseTime(beijing("2026-12-07T06:00")));
    assertEquals(beijing("2026-12-07T06:00"), WEEK.lastCloseTime(beijing("2026-12-07T23:59")));
    assertEquals(beijing("2026-12-06T06:00"), WEEK.lastCloseTime(beijing("2026-12-07T05:59")));
  }

  @Test
  void a_close_day_outside_the_month_or_a_window_under_a_day_is_refused() {
    assertThrows(IllegalArgumentException.class, () -> closes(0, 7));
    assertThrows(IllegalArgumentException.class, () -> closes(32, 7));
    assertThrows(IllegalArgumentException.class, () -> closes(5, 0));
  }

  @Test
  void only_days_and_months_have_a_close() {
    assertThrows(IllegalArgumentException.class, () -> WEEK.dueAt(StatPeriod.parse("2026-Q4")));
  }
}
