package cn.nhjc.province.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EfficiencyBenchPartsTest {

  @Test
  void settingsDefaultToThirteenMonthsBeforeNow() {
    EfficiencyBenchCommand.Settings s =
        EfficiencyBenchCommand.Settings.parse(List.of(), LocalDateTime.of(2026, 12, 8, 9, 0));
    assertEquals(13, s.periods().size());
    assertEquals("2025-11", s.periods().get(0));
    assertEquals("2026-11", s.periods().get(12));
    assertEquals(20, s.units());
    assertThrows(
        IllegalArgumentException.class,
        () -> EfficiencyBenchCommand.Settings.parse(List.of("--units", "0"), LocalDateTime.now()));
  }

  @Test
  void aRoundAsksEachMonthForUnitsAndEveryProduct() {
    List<MonitoringBenchCommand.Call> calls =
        EfficiencyBenchCommand.round(
            List.of("2026-10", "2026-11"),
            List.of("A", "B"),
            new java.util.TreeSet<>(Set.of("0001", "0003")),
            3,
            new Random(1));
    assertEquals(2 * (3 + 2), calls.size());
    assertEquals(
        4, calls.stream().filter(c -> c.kind().equals(EfficiencyBenchCommand.BENCHMARK)).count());
    assertEquals(
        "/api/v1/efficiency/benchmark?product=0001&period=2026-10",
        calls.stream()
            .filter(c -> c.kind().equals(EfficiencyBenchCommand.BENCHMARK))
            .findFirst()
            .orElseThrow()
            .path());
  }

  @Test
  void readsCreditCodesAndProducts() {
    assertEquals(
        List.of("X1", "X2"),
        EfficiencyBenchCommand.creditCodes(
            "{\"total\":2,\"items\":[{\"creditCode\":\"X1\"},{\"creditCode\":\"X2\"}]}"));
    assertEquals(
        Set.of("0001"),
        EfficiencyBenchCommand.products(
            "{\"indicators\":[{\"kind\":\"product\",\"itemCode\":\"0001\"},"
                + "{\"kind\":\"intensity\",\"itemCode\":\"0001\"},{\"kind\":\"product\"}]}"));
  }
}
