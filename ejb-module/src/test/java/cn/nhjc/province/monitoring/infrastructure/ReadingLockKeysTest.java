package cn.nhjc.province.monitoring.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.monitoring.application.ReadingStore;
import cn.nhjc.province.monitoring.domain.UnitReadings;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingLockKeysTest {
  private static final Instant DAY = Instant.parse("2026-10-01T16:00:00Z"); // 00:00 Beijing

  private static ReadingStore.Placed upload(long unitId, Instant... statDates) {
    List<UnitReadings.Reading> items = new ArrayList<>();
    for (Instant statDate : statDates) {
      items.add(
          new UnitReadings.Reading(
              "00-00-0000-023300-11", 0, statDate, BigDecimal.ONE, 1, 1, false));
    }
    return new ReadingStore.Placed(
        unitId, new UnitReadings("u" + unitId, "c", "device", DAY, items));
  }

  @Test
  void uploads_that_could_hold_the_same_reading_share_a_lock() {
    Integer[] first = PostgresReadingStore.lockKeys(List.of(upload(7, DAY)));
    Integer[] resent = PostgresReadingStore.lockKeys(List.of(upload(7, DAY, DAY.plusSeconds(900))));
    assertTrue(Arrays.asList(resent).containsAll(Arrays.asList(first)));
    assertEquals(1, first.length);
    // a whole Beijing day of 15-minute readings (across two UTC days) is one lock
    Instant[] day = new Instant[96];
    for (int q = 0; q < day.length; q++) {
      day[q] = DAY.plus(Duration.ofMinutes(15L * q));
    }
    assertArrayEquals(first, PostgresReadingStore.lockKeys(List.of(upload(7, day))));
  }

  @Test
  void other_units_and_other_days_take_other_locks_and_a_unit_takes_at_most_32() {
    Integer[] keys =
        PostgresReadingStore.lockKeys(
            List.of(upload(7, DAY), upload(8, DAY), upload(7, DAY.plus(Duration.ofDays(1)))));
    assertEquals(3, keys.length);
    Instant[] twoMonths = new Instant[60];
    for (int d = 0; d < twoMonths.length; d++) {
      twoMonths[d] = DAY.plus(Duration.ofDays(d));
    }
    Integer[] backlog = PostgresReadingStore.lockKeys(List.of(upload(7, twoMonths)));
    assertEquals(PostgresReadingStore.LOCKS_PER_UNIT, backlog.length);
    Integer[] sorted = backlog.clone();
    Arrays.sort(sorted);
    assertArrayEquals(sorted, backlog, "taken in key order, so that batches never deadlock");
  }
}
