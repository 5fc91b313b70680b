package cn.nhjc.province.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SmallPartsTest {

  @Test
  void durationsReadAsSimulatedTime() {
    assertEquals(Duration.ofHours(6), Options.parseDuration("6h"));
    assertEquals(Duration.ofMinutes(30), Options.parseDuration("30m"));
    assertEquals(Duration.ofDays(2), Options.parseDuration("2d"));
    assertThrows(IllegalArgumentException.class, () -> Options.parseDuration("2 days"));
  }

  @Test
  void beijingClockChangesAreFoundOnlyInTheDaylightSavingYears() {
    java.time.LocalDate spring1991 = java.time.LocalDate.of(1991, 4, 14);
    assertEquals(
        java.util.Optional.of(spring1991),
        BeijingTime.clockChange(spring1991.minusDays(10), spring1991.plusDays(10)));
    assertEquals(
        java.util.Optional.of(spring1991), BeijingTime.clockChange(spring1991, spring1991));
    assertTrue(BeijingTime.clockChange(spring1991.plusDays(1), spring1991.plusDays(100)).isEmpty());
    assertTrue(
        BeijingTime.clockChange(
                java.time.LocalDate.of(1992, 1, 1), java.time.LocalDate.of(2026, 12, 31))
            .isEmpty());
  }

  @Test
  void optionsRefuseWhatTheyDoNotKnow() {
    Options options =
        Options.parse(List.of("--limit", "5", "--once"), Set.of("--limit"), Set.of("--once"));
    assertEquals(5, options.integer("--limit", 0));
    assertTrue(options.has("--once"));
    assertThrows(
        IllegalArgumentException.class,
        () -> Options.parse(List.of("--speeed", "2"), Set.of("--speed"), Set.of()));
  }

  @Test
  void validationRefusalsAreDroppedOthersRetried() {
    assertTrue(answer("1", "第3条数据：数据值abc不是数字").refusedAsInvalid());
    assertTrue(answer("1", "解密失败！").refusedAsInvalid());
    assertFalse(answer("1", "系统繁忙，请稍后重试").refusedAsInvalid());
    assertFalse(answer("0", "RECEIVE SUCCESS").refusedAsInvalid());
    assertTrue(answer("0", "RECEIVE SUCCESS").accepted());
  }

  @Test
  void theLinkIsDownOnlyDuringTheOutage() {
    Outage outage =
        new Outage(LocalDateTime.of(2025, 3, 8, 6, 0), LocalDateTime.of(2025, 3, 8, 8, 0));
    assertTrue(outage.linkUp(LocalDateTime.of(2025, 3, 8, 5, 59)));
    assertFalse(outage.linkUp(LocalDateTime.of(2025, 3, 8, 6, 0)));
    assertFalse(outage.linkUp(LocalDateTime.of(2025, 3, 8, 7, 59)));
    assertTrue(outage.linkUp(LocalDateTime.of(2025, 3, 8, 8, 0)));
    assertTrue(Outage.NONE.linkUp(LocalDateTime.of(2025, 3, 8, 8, 0)));
  }

  @Test
  void percentilesAreNearestRank() {
    LatencyStats stats = new LatencyStats(new long[] {5, 1, 4, 2, 3, 6, 7, 8, 9, 10});
    assertEquals(5, stats.percentile(50));
    assertEquals(10, stats.percentile(95));
    assertEquals(10, stats.max());
    assertEquals(0, new LatencyStats(new long[0]).percentile(99));
  }

  @Test
  void theSimulatedClockNeverRunsAheadOfRealTime() {
    LocalDateTime real = LocalDateTime.of(2025, 3, 8, 12, 0);
    SimulatedClock fast = new SimulatedClock(real.minusSeconds(1), 1e9, () -> real);
    assertEquals(real, fast.now());
  }

  private static FepAnswer answer(String code, String message) {
    return new FepAnswer(code, message, Json.createObjectBuilder().build());
  }

  @Test
  void aResumedRunStartsItsClockAtTheLeastAdvancedUnit() {
    LocalDateTime start = LocalDateTime.of(2026, 11, 28, 0, 0);
    LocalDateTime behind = LocalDateTime.of(2026, 11, 28, 2, 0);
    LocalDateTime ahead = LocalDateTime.of(2026, 11, 28, 7, 0);
    assertEquals(behind, SimulateCommand.resumeAt(start, List.of(ahead, behind)));
    assertEquals(start, SimulateCommand.resumeAt(start, List.of()));
    assertEquals(
        start, SimulateCommand.resumeAt(start, List.of(start.minusHours(1))), "never before start");
  }
}
