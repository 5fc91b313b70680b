package cn.nhjc.province.metrology.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.metrology.domain.ComplianceReport.RateLine;
import cn.nhjc.province.metrology.domain.ComplianceReport.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked examples of docs/metrology.md, with the reference files' rules. */
class ComplianceTest {
  private static final GbRules RULES = ReferenceRules.load();
  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 20);
  private static final int WINDOW = 30;

  private static final long PLANT = 1, P1 = 11, P2 = 12, P3 = 13, P4 = 14, E1 = 21, E2 = 22;

  private static MeterFacts meter(
      long id,
      String serial,
      String type,
      String kind,
      int level,
      String energy,
      long node,
      String accuracy,
      String due,
      MeterStatus status) {
    return new MeterFacts(
        id,
        serial,
        serial,
        type,
        kind,
        level,
        energy,
        node,
        accuracy,
        due == null ? null : LocalDate.parse(due),
        status);
  }

  private static MeterFacts inUse(
      long id,
      String serial,
      String type,
      String kind,
      int level,
      String energy,
      long node,
      String accuracy,
      String due) {
    return meter(
        id, serial, type, kind, level, energy, node, accuracy, due, MeterStatus.IN_SERVICE);
  }

  private static ComplianceReport assess(List<MeteringPoint> points, List<MeterFacts> meters) {
    return Compliance.assess(points, meters, RULES, AS_OF, WINDOW);
  }

  private static List<String> serials(List<MeterFacts> meters) {
    return meters.stream().map(MeterFacts::serialNo).toList();
  }

  private static void rate(
      RateLine line,
      int level,
      String energy,
      int required,
      int configured,
      String rate,
      String requiredRate,
      boolean meets) {
    assertEquals(level, line.level());
    assertEquals(energy, line.energyTypeCode());
    assertEquals(required, line.required());
    assertEquals(configured, line.configured());
    assertEquals(new BigDecimal(rate), line.rate());
    if (requiredRate == null) {
      assertNull(line.requiredRate());
    } else {
      assertEquals(0, new BigDecimal(requiredRate).compareTo(line.requiredRate()));
    }
    assertEquals(meets, line.meets());
  }

  /** Example 1 (甲厂): process and equipment meters missing. */
  @Test
  void example_1_missing_process_and_equipment_meters() {
    List<MeteringPoint> points =
        List.of(
            new MeteringPoint(PLANT, 1, "3300"),
            new MeteringPoint(PLANT, 1, "0100"),
            new MeteringPoint(P1, 2, "3300"),
            new MeteringPoint(P2, 2, "3300"),
            new MeteringPoint(P3, 2, "3300"),
            new MeteringPoint(P4, 2, "3300"),
            new MeteringPoint(E1, 3, "3300"),
            new MeteringPoint(E2, 3, "3300"));
    List<MeterFacts> meters =
        List.of(
            inUse(1, "A-E1", "15260500", "electricity", 1, "3300", PLANT, "0.5S", "2027-03-01"),
            inUse(2, "A-C1", "12061000", "weight", 1, "0100", PLANT, "0.5", "2027-01-15"),
            inUse(3, "A-P1", "15260500", "electricity", 2, "3300", P1, "1.0", "2027-05-01"),
            inUse(4, "A-P2", "15260500", "electricity", 2, "3300", P2, "1.0", "2027-05-01"),
            inUse(5, "A-P3", "15260500", "electricity", 2, "3300", P3, "1.0", "2027-05-01"),
            meter(
                6,
                "A-P4",
                "15260500",
                "electricity",
                2,
                "3300",
                P4,
                "1.0",
                "2027-05-01",
                MeterStatus.SPARE),
            inUse(7, "A-Q1", "15260500", "electricity", 3, "3300", E1, "2.0", "2027-05-01"));
    ComplianceReport report = assess(points, meters);

    assertEquals(7, report.meters());
    assertEquals(6, report.metersInService());
    assertEquals(4, report.rates().size());
    rate(report.rates().get(0), 1, "0100", 1, 1, "100.00", "100", true);
    rate(report.rates().get(1), 1, "3300", 1, 1, "100.00", "100", true);
    rate(report.rates().get(2), 2, "3300", 4, 3, "75.00", "100", false);
    rate(report.rates().get(3), 3, "3300", 2, 1, "50.00", "95", false);
    assertTrue(report.belowAccuracy().isEmpty());
    assertTrue(report.expired().isEmpty());
    assertEquals(List.of("A-C1"), serials(report.expiring()));
    assertEquals(Verdict.NON_COMPLIANT, report.verdict());
    assertEquals(
        List.of(
            "2 级（主要次级用能单位）能源 3300 配备率 75.00%，低于要求的 100%（GB 17167-2006 表1）",
            "3 级（主要用能设备）能源 3300 配备率 50.00%，低于要求的 95%（GB 17167-2006 表1）"),
        report.reasons());
  }

  /** Example 2 (乙厂): every point metered, one meter below its class, one expired. */
  @Test
  void example_2_accuracy_and_an_expired_calibration() {
    List<MeteringPoint> points =
        List.of(
            new MeteringPoint(PLANT, 1, "3300"),
            new MeteringPoint(PLANT, 1, "1500"),
            new MeteringPoint(P1, 2, "3300"));
    List<MeterFacts> meters =
        List.of(
            inUse(1, "B-E1", "15260500", "electricity", 1, "3300", PLANT, "0.5S", "2026-12-19"),
            inUse(2, "B-G1", "12220000", "gas", 1, "1500", PLANT, "2.5", "2027-06-30"),
            inUse(3, "B-P1", "15260500", "electricity", 2, "3300", P1, "1.0", "2026-12-20"));
    ComplianceReport report = assess(points, meters);

    rate(report.rates().get(0), 1, "1500", 1, 1, "100.00", "100", true);
    rate(report.rates().get(1), 1, "3300", 1, 1, "100.00", "100", true);
    rate(report.rates().get(2), 2, "3300", 1, 1, "100.00", "100", true);
    assertEquals(1, report.belowAccuracy().size());
    assertEquals("B-G1", report.belowAccuracy().get(0).meter().serialNo());
    assertEquals("2.0", report.belowAccuracy().get(0).requiredClass());
    assertEquals(List.of("B-E1"), serials(report.expired()));
    // due on the day assessed: not expired yet, expiring
    assertEquals(List.of("B-P1"), serials(report.expiring()));
    assertEquals(Verdict.NON_COMPLIANT, report.verdict());
    assertEquals(
        List.of(
            "计量器具 B-G1（B-G1）准确度等级 2.5，要求 2.0 或更高（GB 17167-2006 表3 气体流量表 天然气）",
            "计量器具 B-E1（B-E1）检定/校准已于 2026-12-19 到期"),
        report.reasons());
  }

  /** Example 3 (丙厂): a rate rounded half up, and an energy the standard sets no rate for. */
  @Test
  void example_3_rounding_and_an_energy_without_a_rule() {
    List<MeteringPoint> points =
        List.of(
            new MeteringPoint(PLANT, 1, "1200"),
            new MeteringPoint(PLANT, 1, "3400"),
            new MeteringPoint(P1, 2, "1200"),
            new MeteringPoint(P2, 2, "1200"),
            new MeteringPoint(P3, 2, "1200"));
    List<MeterFacts> meters =
        List.of(
            inUse(1, "C-F1", "12180000", "flow", 1, "1200", PLANT, "2.0", "2027-08-01"),
            inUse(2, "C-F2", "12180000", "flow", 2, "1200", P1, "2.5", "2027-08-01"),
            inUse(3, "C-F3", "12180000", "flow", 2, "1200", P2, "2.5", "2027-08-01"));
    ComplianceReport report = assess(points, meters);

    rate(report.rates().get(0), 1, "1200", 1, 1, "100.00", "100", true);
    rate(report.rates().get(1), 1, "3400", 1, 0, "0.00", null, true);
    rate(report.rates().get(2), 2, "1200", 3, 2, "66.67", "90", false);
    assertTrue(report.belowAccuracy().isEmpty()); // no class is required of flow meters at level 2
    assertEquals(Verdict.NON_COMPLIANT, report.verdict());
    assertEquals(
        List.of("2 级（主要次级用能单位）能源 1200 配备率 66.67%，低于要求的 90%（GB 17167-2006 表1）"), report.reasons());
  }

  /** Example 4 (丁厂): nothing registered. */
  @Test
  void example_4_no_registry() {
    ComplianceReport report = assess(List.of(new MeteringPoint(PLANT, 1, "3300")), List.of());
    assertEquals(Verdict.NO_REGISTRY, report.verdict());
    rate(report.rates().get(0), 1, "3300", 1, 0, "0.00", "100", false);
    assertEquals(List.of("未登记任何计量器具"), report.reasons());
  }

  /** Example 5 (戊厂): compliant; a retired meter and a spare one count for nothing. */
  @Test
  void example_5_compliant() {
    List<MeteringPoint> points =
        List.of(new MeteringPoint(PLANT, 1, "3300"), new MeteringPoint(P1, 2, "3300"));
    List<MeterFacts> meters =
        List.of(
            inUse(1, "E-E1", "15260500", "electricity", 1, "3300", PLANT, "0.2S", "2027-10-01"),
            inUse(2, "E-P1", "15260500", "electricity", 2, "3300", P1, "0.5", "2027-10-01"),
            meter(
                3,
                "E-OLD",
                "15260500",
                "electricity",
                1,
                "3300",
                PLANT,
                "2.0",
                "2020-01-01",
                MeterStatus.RETIRED));
    ComplianceReport report = assess(points, meters);
    assertEquals(Verdict.COMPLIANT, report.verdict());
    assertTrue(report.reasons().isEmpty());
    assertTrue(report.expired().isEmpty());
    assertFalse(report.rates().stream().anyMatch(line -> !line.meets()));
  }

  @Test
  void the_reference_files_hold_table_1_of_the_standard() {
    assertEquals(
        0, new BigDecimal("95").compareTo(RULES.rateFor("3300", 3).orElseThrow().requiredRate()));
    assertEquals(
        0, new BigDecimal("80").compareTo(RULES.rateFor("3200", 2).orElseThrow().requiredRate()));
    assertTrue(RULES.rateFor("3700", 3).isEmpty());
    assertTrue(RULES.rateFor("3400", 1).isEmpty());
  }
}
