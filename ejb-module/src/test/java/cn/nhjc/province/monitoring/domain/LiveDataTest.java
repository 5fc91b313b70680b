package cn.nhjc.province.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LiveDataTest {

  @Test
  void liveDaysAreCountedInTheBeijingCalendar() {
    // 2026-12-01T17:00Z is already 2026-12-02 01:00 in Beijing
    Instant now = Instant.parse("2026-12-01T17:00:00Z");
    LiveData live = new LiveData(2);
    assertEquals(LocalDate.of(2026, 12, 1), live.firstDay(now));
    assertEquals(Instant.parse("2026-11-30T16:00:00Z"), live.since(now));
    assertTrue(live.at(now).test(Instant.parse("2026-11-30T16:00:00Z")));
    assertFalse(live.at(now).test(Instant.parse("2026-11-30T15:59:59Z")));
  }

  @Test
  void oneLiveDayIsTodayOnly() {
    Instant now = Instant.parse("2026-12-02T08:00:00Z");
    assertEquals(LocalDate.of(2026, 12, 2), new LiveData(1).firstDay(now));
  }

  @Test
  void atLeastOneDay() {
    assertThrows(IllegalArgumentException.class, () -> new LiveData(0));
  }
}
