package cn.nhjc.province.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchPartsTest {

  private static final ProvisionedUnit UNIT =
      new ProvisionedUnit(
          new UnitRef("91370600710936591P", "370672"),
          new Device(
              "91370600710936591P",
              "92ddac131d0517f12f754b9738efeb83",
              "7c7ab08b3d934268996faf7eb5e0342d",
              "01:38:00"),
          new UnitConfig(
              "1",
              List.of(
                  new CollectItem(
                      "00-00-0000-023300-11", 0, BigDecimal.ZERO, BigDecimal.TEN, "4", "1"),
                  new CollectItem(
                      "00-00-0000-023300-11", 1, BigDecimal.ZERO, BigDecimal.TEN, "4", "1"),
                  new CollectItem(
                      "00-00-0000-023300-11", 2, BigDecimal.ZERO, BigDecimal.TEN, "4", "1"))));

  @Test
  void theWorkloadIsOneUploadPerUnitAndDayWithTheSameRowsForCopy() throws Exception {
    BenchWorkload workload =
        BenchWorkload.build(
            List.of(UNIT),
            Map.of(UNIT.unit().creditCode(), 42L),
            LocalDate.of(2025, 1, 1),
            2,
            1,
            2);
    assertEquals(2, workload.uploads.size());
    assertEquals(2 * (96 + 1), workload.points, "monthly items are not part of the backlog");
    String[] rows = new String(workload.copyRows, StandardCharsets.UTF_8).split("\n");
    assertEquals(workload.points, rows.length);
    assertTrue(
        rows[0].matches(
            "42\t00-00-0000-023300-11\t0\t2025-01-01 00:00:00\\+08\t\\d+\\.\\d{3}\t4\t1"),
        rows[0]);
  }

  @Test
  void aCatchingUpDeviceSendsSeveralDaysInOneUpload() throws Exception {
    BenchWorkload workload =
        BenchWorkload.build(
            List.of(UNIT),
            Map.of(UNIT.unit().creditCode(), 42L),
            LocalDate.of(2025, 1, 1),
            3,
            2,
            2);
    assertEquals(2, workload.uploads.size(), "days 1–2 together, then day 3");
    assertEquals(2 * (96 + 1), workload.uploads.get(0).items());
    assertEquals(3 * (96 + 1), workload.points);
  }

  @Test
  void theReportStatesTheHeadlineAndTheFigures() {
    List<PreparedUpload> uploads = List.of(new PreparedUpload("u", new byte[0], 97, 0));
    TimedPhase.Outcome outcome =
        new TimedPhase.Outcome(
            0,
            2_000_000_000L,
            3_000_000_000L,
            false,
            new long[] {5_000_000},
            97,
            0,
            0,
            97,
            1_500_000_000L,
            0);
    String md =
        BenchReport.markdown(
            new BenchReport.Setup(
                "Backlog drain",
                true,
                1,
                1,
                "2025-01-01",
                "2025-01-01",
                16,
                "http://x",
                97,
                uploads),
            outcome,
            1000);
    assertTrue(md.contains("Time to drain a 24-hour backlog of 1 units: 3.0 s"), md);
    assertTrue(md.contains("| ack latency p50 / p95 / p99 / max | 5 / 5 / 5 / 5 ms |"), md);
    assertTrue(
        md.contains(
            "| load generator CPU (this process, sending and polling) | 1.5 s, 0.50 cores |"),
        md);
    assertTrue(md.contains("| ratio end-to-end ÷ COPY | 0.032 |"), md);
  }

  @Test
  void theQuietMachineCountsIdleAndIowaitAsNotBusy() {
    long[] ticks = QuietMachine.parse("cpu  100 5 20 800 40 3 2 0 0 0");
    assertEquals(130, ticks[0]);
    assertEquals(970, ticks[1]);
  }
}
