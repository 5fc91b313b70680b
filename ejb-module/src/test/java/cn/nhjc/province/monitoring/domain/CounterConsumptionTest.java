package cn.nhjc.province.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.monitoring.domain.CounterConsumption.MeterChange;
import cn.nhjc.province.monitoring.domain.CounterConsumption.Reading;
import cn.nhjc.province.monitoring.domain.CounterConsumption.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CounterConsumptionTest {

  private static Reading r(String at, String value) {
    return new Reading(Instant.parse(at), new BigDecimal(value));
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void plain_differences() {
    Result result =
        CounterConsumption.of(
            List.of(r("2026-12-02T16:00:00Z", "1250.5"), r("2026-12-01T16:00:00Z", "1000")),
            List.of(),
            null);
    assertEquals(d("250.5"), result.total());
    assertEquals(1, result.intervals().size());
    assertTrue(result.unresolved().isEmpty());
  }

  @Test
  void a_meter_exchange_is_no_consumption() {
    // old meter 98,000 → final 98,420 at the exchange; new meter starts at 3, reads 183 next day
    Result result =
        CounterConsumption.of(
            List.of(r("2026-12-01T16:00:00Z", "98000"), r("2026-12-02T16:00:00Z", "183")),
            List.of(new MeterChange(Instant.parse("2026-12-02T03:00:00Z"), d("98420"), d("3"))),
            null);
    assertEquals(d("600"), result.total()); // 420 on the old meter + 180 on the new
    assertTrue(result.intervals().get(0).exchanged());
    assertTrue(result.unresolved().isEmpty());
  }

  @Test
  void two_exchanges_in_one_interval_chain() {
    Result result =
        CounterConsumption.of(
            List.of(r("2026-12-01T00:00:00Z", "10"), r("2026-12-03T00:00:00Z", "5")),
            List.of(
                new MeterChange(Instant.parse("2026-12-01T12:00:00Z"), d("20"), d("0")),
                new MeterChange(Instant.parse("2026-12-02T12:00:00Z"), d("7"), d("1"))),
            null);
    assertEquals(d("21"), result.total()); // 10 + 7 + 4
  }

  @Test
  void a_rollover_at_the_known_capacity_is_no_jump() {
    Result result =
        CounterConsumption.of(
            List.of(
                r("2026-12-01T00:00:00Z", "99950"),
                r("2026-12-02T00:00:00Z", "99990"),
                r("2026-12-03T00:00:00Z", "70")),
            List.of(),
            d("100000"));
    assertEquals(d("120"), result.total()); // 40, then 10 up to the capacity and 70
    assertTrue(result.intervals().get(1).rolledOver());
  }

  @Test
  void a_counter_going_back_without_an_exchange_or_a_capacity_is_not_converted() {
    Result result =
        CounterConsumption.of(
            List.of(
                r("2026-12-01T00:00:00Z", "500"),
                r("2026-12-02T00:00:00Z", "20"),
                r("2026-12-03T00:00:00Z", "50")),
            List.of(),
            null);
    assertNull(result.intervals().get(0).consumption());
    assertEquals(d("30"), result.total(), "only the interval that could be converted");
    assertEquals(1, result.unresolved().size());
    assertTrue(result.unresolved().get(0).contains("回落"));
  }

  @Test
  void an_exchange_whose_final_reading_lies_below_the_reading_before_is_reported() {
    Result result =
        CounterConsumption.of(
            List.of(r("2026-12-01T00:00:00Z", "500"), r("2026-12-02T00:00:00Z", "20")),
            List.of(new MeterChange(Instant.parse("2026-12-01T12:00:00Z"), d("400"), d("0"))),
            null);
    assertNull(result.intervals().get(0).consumption());
    assertEquals(BigDecimal.ZERO, result.total());
    assertEquals(1, result.unresolved().size());
  }
}
