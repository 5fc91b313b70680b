package cn.nhjc.province.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StatsBenchPartsTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 10, 30);
  private static final String JDBC = "jdbc:postgresql://localhost:15432/energy";

  @Test
  void defaultsAreTheLastCompleteMonthAndThirtyProbes() {
    StatsBenchCommand.Settings settings =
        StatsBenchCommand.Settings.parse(List.of("--jdbc", JDBC), NOW);
    assertEquals("http://localhost:8080", settings.baseUrl());
    assertEquals("http://localhost:8180", settings.keycloak());
    assertEquals("postgres", settings.dbUser());
    assertEquals("", settings.dbPassword());
    assertEquals(YearMonth.of(2026, 10), settings.period());
    assertEquals(30, settings.probes());
    assertEquals(Duration.ofSeconds(2), settings.probeInterval());
    assertEquals(Duration.ofMinutes(60), settings.closeTimeout());
    assertNull(settings.out());
    assertFalse(settings.skipClose());
    assertFalse(settings.skipFreshness());
    // January's last complete month is the previous year's December
    assertEquals(
        YearMonth.of(2025, 12),
        StatsBenchCommand.Settings.parse(
                List.of("--jdbc", JDBC), LocalDateTime.of(2026, 1, 1, 0, 0))
            .period());
  }

  @Test
  void optionsAreReadAndDescribedWithoutThePassword() {
    StatsBenchCommand.Settings settings =
        StatsBenchCommand.Settings.parse(
            List.of(
                "--jdbc",
                JDBC,
                "--db-password",
                "secret",
                "--period",
                "2026-09",
                "--probes",
                "5",
                "--probe-interval",
                "1s",
                "--out",
                "docs/benchmarks.md",
                "--skip-close"),
            NOW);
    assertEquals(YearMonth.of(2026, 9), settings.period());
    assertEquals(5, settings.probes());
    assertEquals(Duration.ofSeconds(1), settings.probeInterval());
    assertEquals(Path.of("docs/benchmarks.md"), settings.out());
    assertTrue(settings.skipClose());
    assertEquals(
        "--base-url http://localhost:8080 --keycloak http://localhost:8180 --jdbc "
            + JDBC
            + " --db-user postgres --probes 5 --probe-interval 1s --skip-close",
        settings.describe());
    assertFalse(settings.describe().contains("secret"));
  }

  @Test
  void badOptionsAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> StatsBenchCommand.Settings.parse(List.of(), NOW)); // --jdbc required
    assertThrows(
        IllegalArgumentException.class,
        () -> StatsBenchCommand.Settings.parse(List.of("--jdbc", JDBC, "--period", "2026-9"), NOW));
    assertThrows(
        IllegalArgumentException.class,
        () -> StatsBenchCommand.Settings.parse(List.of("--jdbc", JDBC, "--probes", "0"), NOW));
    assertThrows(
        IllegalArgumentException.class,
        () -> StatsBenchCommand.Settings.parse(List.of("--jdbc", JDBC, "--probes", "x"), NOW));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            StatsBenchCommand.Settings.parse(
                List.of("--jdbc", JDBC, "--probe-interval", "2 s"), NOW));
    assertThrows(
        IllegalArgumentException.class,
        () -> StatsBenchCommand.Settings.parse(List.of("--jdbc", JDBC, "--units", "u.csv"), NOW));
  }

  @Test
  void theExpectedChangeIsTheElectricityAtItsEquivalentValue() {
    assertEquals(
        0,
        new BigDecimal("0.1229").compareTo(FreshnessProbe.expectedTce(FreshnessProbe.deltaKwh(1))));
    assertEquals(
        0,
        new BigDecimal("3.687").compareTo(FreshnessProbe.expectedTce(FreshnessProbe.deltaKwh(30))));
    assertEquals(0, new BigDecimal("30000").compareTo(FreshnessProbe.deltaKwh(30)));
    assertTrue(FreshnessProbe.same(null, null));
    assertTrue(FreshnessProbe.same(new BigDecimal("1.50"), new BigDecimal("1.500000")));
    assertFalse(FreshnessProbe.same(null, BigDecimal.ZERO));
    assertFalse(FreshnessProbe.same(new BigDecimal("1.5"), new BigDecimal("1.6")));
  }

  @Test
  void theUploadIsTheCityPlatformsBodyAllStrings() {
    JsonObject body =
        FreshnessProbe.uploadBody(
            new StatsDatabase.ProbeUnit("91130200000000001X", "130203", 4, 1),
            LocalDate.of(2026, 11, 27),
            new BigDecimal("35000.500000").add(FreshnessProbe.deltaKwh(2)));
    assertEquals(
        "{\"data\":[{\"dataCode\":\"00-00-0000-023300-11\",\"dataValue\":\"37000.500000\","
            + "\"inputType\":\"4\",\"statType\":\"1\",\"statDate\":\"2026-11-27 00:00:00\","
            + "\"scope\":\"1\",\"valid\":\"1\"}]}",
        body.toString());
  }

  @Test
  void exactnessComparesAmountsNotTheirScale() {
    StatsReport.Probe exact =
        probe(1, "100.000000", "100.122900", 300L, "20.000000", "20.1229", 250L, null);
    StatsReport.Probe off =
        probe(2, "100.122900", "100.400000", 400L, "20.1229", "20.368700", 350L, null);
    StatsReport.Probe late =
        probe(3, "100.4", null, null, "20.3687", null, null, "neither figure changed within 30 s");
    assertEquals(Boolean.TRUE, exact.provinceExact());
    assertEquals(Boolean.TRUE, exact.cityExact());
    assertEquals(Boolean.FALSE, off.provinceExact());
    assertEquals(Boolean.TRUE, off.cityExact());
    assertNull(late.provinceExact());
    // a figure that was absent before counts from zero
    assertEquals(
        Boolean.TRUE, probe(1, null, "0.1229", 1L, null, "0.1229", 1L, null).provinceExact());
  }

  @Test
  void latenciesAreNearestRankPercentilesOfTheProbesSeen() {
    List<Long> nanos = new ArrayList<>();
    for (long ms = 1; ms <= 20; ms++) {
      nanos.add(ms * 1_000_000);
    }
    nanos.add(null); // a failed probe: not in the percentiles, but counted
    assertEquals("10 / 19 / 20 ms (20 of 21 probes)", StatsReport.latencies(nanos));
    assertEquals("none changed in time", StatsReport.latencies(Arrays.asList(null, null)));
  }

  @Test
  void executionTimesAreReadAsTheApiWritesThem() {
    JsonObject execution =
        Json.createObjectBuilder()
            .add("startedAt", "2026-11-28T02:00:00.250Z")
            .add("endedAt", 1_795_831_261_000L)
            .addNull("createdAt")
            .add("exitStatus", "junk")
            .build();
    assertEquals(
        Instant.parse("2026-11-28T02:00:00.250Z"),
        StatsBenchCommand.instant(execution, "startedAt"));
    assertEquals(
        Instant.ofEpochMilli(1_795_831_261_000L), StatsBenchCommand.instant(execution, "endedAt"));
    assertNull(StatsBenchCommand.instant(execution, "createdAt"));
    assertNull(StatsBenchCommand.instant(execution, "exitStatus"));
    assertNull(StatsBenchCommand.instant(execution, "missing"));
  }

  @Test
  void theReportStatesWhatWasMeasured() {
    TreeMap<String, Long> alarms = new TreeMap<>();
    alarms.put("gap", 3L);
    alarms.put("completeness", 12L);
    StatsReport.Close close =
        new StatsReport.Close(
            "2026-10",
            42,
            "COMPLETED",
            "COMPLETED",
            63_250_000_000L,
            Duration.ofMillis(61_840),
            List.of(
                new StatsReport.Step("unit-figures", "COMPLETED", Duration.ofMillis(40_100)),
                new StatsReport.Step("close-period", "STARTED", null)),
            "",
            new StatsReport.Quality(2000, 37, alarms));
    StatsReport.Freshness freshness =
        new StatsReport.Freshness(
            "91130200000000001X",
            "130203",
            StatsDatabase.ELECTRICITY,
            LocalDate.of(2026, 11, 27),
            List.of(
                probe(
                    1,
                    "100.000000",
                    "100.122900",
                    300_000_000L,
                    "20",
                    "20.1229",
                    250_000_000L,
                    null),
                probe(
                    2, "100.1229", "100.5", 500_000_000L, "20.1229", "20.3687", 450_000_000L, null),
                probe(
                    3,
                    "100.5",
                    null,
                    null,
                    "20.3687",
                    "20.7374",
                    900_000_000L,
                    "the province figure not changed within 30 s")),
            "the value before the probes (35000.5 kWh) sent again");
    String md =
        StatsReport.markdown(
            new StatsReport.Run(
                "2026-11-28 10:30:00",
                "http://localhost:8080",
                "8 CPUs",
                "--probes 3",
                2000,
                close,
                freshness));

    assertTrue(
        md.startsWith("## Statistics: close of 2026-10, freshness of 2026-11-27 (bench-stats)\n"),
        md);
    assertTrue(
        md.contains(
            "Measured 2026-11-28 10:30:00 (Beijing time) against http://localhost:8080, 2,000 units"),
        md);
    assertTrue(md.contains("| options | `--probes 3` |"), md);
    assertTrue(
        md.contains(
            "| close: job execution | 42, period-statistics 2026-10: COMPLETED (exit COMPLETED) |"),
        md);
    assertTrue(
        md.contains(
            "| close: wall time (start request → final status seen, 500 ms polls) | 63.3 s |"),
        md);
    assertTrue(md.contains("| close: job startedAt → endedAt | 61.8 s |"), md);
    assertTrue(md.contains("| close: step unit-figures | 40.1 s (COMPLETED) |"), md);
    assertTrue(md.contains("| close: step close-period | no end time (STARTED) |"), md);
    assertTrue(
        md.contains("| data_quality rows (M, 2026-10) | 2,000, of which not passed 37 |"), md);
    assertTrue(
        md.contains("| open quality_alarm rows (M, 2026-10) | 15: completeness 12, gap 3 |"), md);
    assertTrue(
        md.contains(
            "| freshness: probes | 3, failed 1 (#3 the province figure not changed within 30 s) |"),
        md);
    assertTrue(
        md.contains(
            "| ack → province (130000) figure changed, p50 / p95 / max | 300 / 500 / 500 ms (2 of 3 probes) |"),
        md);
    assertTrue(
        md.contains(
            "| ack → city (130200) figure changed, p50 / p95 / max | 450 / 900 / 900 ms (3 of 3 probes) |"),
        md);
    assertTrue(
        md.contains(
            "| province change = delta × 0.1229 ÷ 1000 tce | 1 of 2 exact, 1 mismatches"
                + " (first: #2 expected 0.2458, 100.1229 → 100.5) |"),
        md);
    assertTrue(
        md.contains("| city change = delta × 0.1229 ÷ 1000 tce | 3 of 3 exact, 0 mismatches |"),
        md);
  }

  @Test
  void skippedPartsAreSaidToBeSkipped() {
    String md =
        StatsReport.markdown(
            new StatsReport.Run(
                "2026-11-28 10:30:00",
                "http://x",
                "m",
                "--skip-close --skip-freshness",
                5,
                null,
                null));
    assertTrue(md.startsWith("## Statistics: nothing measured (bench-stats)"), md);
    assertTrue(md.contains("| close | skipped (`--skip-close`) |"), md);
    assertTrue(md.contains("| freshness | skipped (`--skip-freshness`) |"), md);
    assertFalse(md.contains("ms"), md);
  }

  private static StatsReport.Probe probe(
      int n,
      String provinceBefore,
      String provinceAfter,
      Long provinceNanos,
      String cityBefore,
      String cityAfter,
      Long cityNanos,
      String failure) {
    BigDecimal delta = FreshnessProbe.deltaKwh(n);
    return new StatsReport.Probe(
        n,
        delta,
        FreshnessProbe.expectedTce(delta),
        decimal(provinceBefore),
        decimal(provinceAfter),
        provinceNanos,
        decimal(cityBefore),
        decimal(cityAfter),
        cityNanos,
        failure);
  }

  private static BigDecimal decimal(String text) {
    return text == null ? null : new BigDecimal(text);
  }
}
