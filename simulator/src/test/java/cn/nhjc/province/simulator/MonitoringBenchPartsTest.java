package cn.nhjc.province.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonitoringBenchPartsTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 10, 30);

  @Test
  void defaultsAreThirteenMonthsEndingWithTheLastCompleteOne() {
    MonitoringBenchCommand.Settings settings =
        MonitoringBenchCommand.Settings.parse(List.of(), NOW);
    assertEquals(13, settings.periods().size());
    assertEquals("2025-11", settings.periods().get(0));
    assertEquals("2026-11", settings.periods().get(12));
    assertEquals(5, settings.rounds());
    assertEquals(4, settings.concurrency());
    assertNull(settings.out());
    assertTrue(settings.describe().contains("--last 2026-11 --months 13"));
  }

  @Test
  void badOptionsAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> MonitoringBenchCommand.Settings.parse(List.of("--rounds", "0"), NOW));
    assertThrows(
        IllegalArgumentException.class,
        () -> MonitoringBenchCommand.Settings.parse(List.of("--last", "2026-13"), NOW));
    assertThrows(
        IllegalArgumentException.class,
        () -> MonitoringBenchCommand.Settings.parse(List.of("--concurrency", "x"), NOW));
  }

  @Test
  void aRoundAsksEveryPeriodOfEveryKind() {
    List<MonitoringBenchCommand.Call> round =
        MonitoringBenchCommand.round(List.of("2026-10", "2026-11"));
    assertEquals(18, round.size());
    assertEquals(4, round.stream().filter(c -> c.kind().equals("overview, province")).count());
    assertEquals(10, round.stream().filter(c -> c.kind().equals("rankings, province")).count());
    assertTrue(
        round.stream()
            .filter(c -> c.kind().endsWith("city official"))
            .allMatch(c -> c.account().equals(PlatformApi.TANGSHAN_OFFICIAL)));
    assertTrue(
        round.stream()
            .anyMatch(
                c -> c.path().equals("/api/v1/monitoring/rankings?period=2026-11&by=change")));
  }

  @Test
  void theServerTimeIsTheAppMetricsDuration() {
    assertEquals(12.5, PlatformApi.serverMillis("app;dur=12.5"));
    assertEquals(3.0, PlatformApi.serverMillis("db;dur=1, app;desc=\"x\";dur=3"));
    assertNull(PlatformApi.serverMillis("db;dur=1"));
    assertNull(PlatformApi.serverMillis("app;dur=abc"));
    assertNull(PlatformApi.serverMillis(null));
  }

  @Test
  void theOverviewTellsItsUnitsAndWhetherItHasATotal() {
    String with = "{\"units\":2000,\"keyFigures\":[{\"key\":\"comprehensiveTce\",\"value\":12.5}]}";
    String without =
        "{\"units\":2000,\"keyFigures\":[{\"key\":\"comprehensiveTce\",\"value\":null}]}";
    assertEquals(2000, MonitoringBenchCommand.units(with));
    assertTrue(MonitoringBenchCommand.hasTotal(with));
    assertFalse(MonitoringBenchCommand.hasTotal(without));
    assertFalse(MonitoringBenchCommand.hasTotal("not json"));
  }

  @Test
  void theReportGivesPercentilesOfTheMeasuredRoundsOnly() {
    List<MonitoringBenchCommand.Sample> measured = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      measured.add(
          new MonitoringBenchCommand.Sample("overview, province", 200, i * 2_000_000L, (double) i));
    }
    measured.add(new MonitoringBenchCommand.Sample("rankings, province", 503, 1_000_000L, null));
    List<MonitoringBenchCommand.Sample> warm =
        List.of(new MonitoringBenchCommand.Sample("overview, province", 200, 900_000_000L, 850.0));
    String md =
        MonitoringReport.markdown(
            new MonitoringReport.Run(
                "2026-12-02 10:30:00",
                "http://localhost:8080",
                "2 CPUs",
                "--rounds 1",
                2000,
                13,
                List.of("2025-11", "2026-11"),
                MonitoringBenchCommand.byKind(warm),
                MonitoringBenchCommand.byKind(measured),
                2_000_000_000L));
    assertTrue(md.contains("| overview, province | 20 | 0 | 10.0 / **19.0** / 20.0 |"), md);
    assertTrue(md.contains("| 850.0 |"), md);
    assertTrue(md.contains("| rankings, province | 1 | 1 | no Server-Timing header |"), md);
    assertTrue(md.contains("21 requests in 2.0 s"), md);
    assertFalse(md.contains("overview, city official"), md);
    assertEquals(4, MonitoringBenchCommand.byKind(List.of()).size());
    assertTrue(MonitoringBenchCommand.byKind(List.of()).values().stream().allMatch(List::isEmpty));
  }
}
