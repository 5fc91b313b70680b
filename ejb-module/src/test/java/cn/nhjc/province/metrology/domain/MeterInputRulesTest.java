package cn.nhjc.province.metrology.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeterInputRulesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 20);
  private static final MeterInputRules RULES =
      new MeterInputRules(
          Set.of("15260500", "12220000"),
          Set.of("3300", "1500"),
          Map.of("00", 1, "01", 2, "0101", 4),
          Map.of("00-00-0000-023300-11", "3300", "00-00-0000-011500-11", "1500"),
          TODAY);

  private static MeterInput input(
      String type, Integer level, String place, String energy, List<String> items) {
    return new MeterInput(
        type,
        "E-001",
        "关口电能表",
        "威胜",
        "DTZ341",
        "0.5S",
        "3×1.5(6)A",
        level,
        place,
        energy,
        items,
        LocalDate.of(2026, 3, 1),
        12,
        "河北省计量院",
        "JD-1",
        "in-service",
        null);
  }

  @Test
  void a_complete_meter_passes_and_falls_due_after_its_period() {
    MeterInput good = input("15260500", 1, "00", "3300", List.of("00-00-0000-023300-11"));
    assertEquals(List.of(), RULES.check(good));
    assertEquals(LocalDate.of(2027, 3, 1), good.calibrationDue());
  }

  @Test
  void every_reason_is_given() {
    MeterInput bad = input("99999999", 3, "00", "9999", List.of("00-00-0000-011500-11", "nope"));
    List<String> reasons = RULES.check(bad);
    assertTrue(reasons.contains("器具类型代码“99999999”不在计量器具目录中"), reasons.toString());
    assertTrue(reasons.contains("级别 3 与安装位置不符：该位置为 1 级（进出用能单位）"), reasons.toString());
    assertTrue(reasons.contains("能源品种代码“9999”不在能源品种目录中"), reasons.toString());
    assertTrue(reasons.contains("采集项“nope”不是本单位的采集项"), reasons.toString());
    assertTrue(
        reasons.contains("采集项“00-00-0000-011500-11”的能源品种为 1500，与器具的 9999 不符"), reasons.toString());
  }

  @Test
  void the_level_is_the_places() {
    assertEquals(List.of(), RULES.check(input("15260500", 2, "01", "3300", List.of())));
    assertEquals(List.of(), RULES.check(input("15260500", 3, "0101", "3300", List.of())));
    assertEquals(1, RULES.check(input("15260500", 2, "0101", "3300", List.of())).size());
  }

  @Test
  void a_calibration_needs_its_date_and_period_and_no_future_date() {
    MeterInput noPeriod =
        new MeterInput(
            "15260500",
            "E-2",
            "表",
            null,
            null,
            "1.0",
            null,
            1,
            "00",
            "3300",
            List.of(),
            LocalDate.of(2027, 1, 1),
            null,
            null,
            null,
            null,
            null);
    List<String> reasons = RULES.check(noPeriod);
    assertTrue(reasons.contains("检定/校准日期 2027-01-01 晚于今天"), reasons.toString());
    assertTrue(reasons.contains("检定/校准日期与周期应同时填写"), reasons.toString());
  }

  @Test
  void an_import_line_is_read_with_its_own_reasons() {
    Map<String, String> cells =
        Map.ofEntries(
            Map.entry("meterTypeCode", "15260500"),
            Map.entry("serialNo", "E-9"),
            Map.entry("name", "表"),
            Map.entry("accuracyClass", "0.5S"),
            Map.entry("level", "1.0"),
            Map.entry("structureCode", "00"),
            Map.entry("energyTypeCode", "3300"),
            Map.entry("collectItems", "00-00-0000-023300-11；00-00-0000-011500-11"),
            Map.entry("calibratedOn", "2026/03/01"),
            Map.entry("calibrationMonths", "12"),
            Map.entry("counterCapacity", "lots"));
    MeterLine.Read read = MeterLine.read(column -> cells.getOrDefault(column, ""));
    assertEquals(Integer.valueOf(1), read.input().level());
    assertEquals(LocalDate.of(2026, 3, 1), read.input().calibratedOn());
    assertEquals(2, read.input().collectItems().size());
    assertEquals(List.of("计数器满量程“lots”不是数值"), read.reasons());
  }
}
