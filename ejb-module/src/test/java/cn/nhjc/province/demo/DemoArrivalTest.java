package cn.nhjc.province.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.nhjc.province.monitoring.domain.ReadingPoint;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DemoArrivalTest {
  private static final Instant NOW = Instant.parse("2026-12-02T01:30:00Z");

  private static ReadingPoint point(int statType, String statDate) {
    return new ReadingPoint(7, "330001", statType, Instant.parse(statDate), BigDecimal.ONE, 1, 1);
  }

  @Test
  void a_days_value_arrives_three_hours_after_its_day_ended_in_beijing() {
    // 2026-11-01 in Beijing: ends 2026-11-01T16:00Z
    assertEquals(
        Instant.parse("2026-11-01T19:00:00Z"),
        DemoArrival.of(point(1, "2026-10-31T16:00:00Z"), NOW));
  }

  @Test
  void a_months_value_arrives_the_day_after_its_month() {
    // October 2026 in Beijing: the day after it ends 2026-11-01T16:00Z
    assertEquals(
        Instant.parse("2026-11-01T19:00:00Z"),
        DemoArrival.of(point(2, "2026-09-30T16:00:00Z"), NOW));
  }

  @Test
  void a_value_whose_day_is_not_over_arrives_now() {
    assertEquals(NOW, DemoArrival.of(point(0, "2026-12-01T16:00:00Z"), NOW));
  }
}
