package cn.nhjc.province.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.monitoring.domain.ReadingPoint;
import cn.nhjc.province.monitoring.domain.StatType;
import cn.nhjc.province.registry.domain.CreditCodes;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoProvinceTest {

  private static final long SEED = 20261128L;
  private static final int UNITS = 320;
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

  private static final List<DemoCity> CITIES = DemoProvinceFixtures.cities();

  private static final DemoProvince PROVINCE = DemoProvinceFixtures.province(SEED, UNITS, TODAY);

  @Test
  void the_same_seed_gives_identical_units_and_readings() {
    DemoProvince again = DemoProvinceFixtures.province(SEED, UNITS, TODAY);
    assertEquals(PROVINCE.units(), again.units());
    for (int index : List.of(0, 17, 150, 319)) {
      assertEquals(
          readings(PROVINCE, PROVINCE.units().get(index)),
          readings(again, again.units().get(index)));
    }
  }

  @Test
  void a_different_seed_gives_a_different_province() {
    DemoProvince other = DemoProvinceFixtures.province(SEED + 1, UNITS, TODAY);
    assertNotEquals(creditCodes(PROVINCE), creditCodes(other));
    assertNotEquals(
        readings(PROVINCE, PROVINCE.units().get(0)), readings(other, other.units().get(0)));
  }

  @Test
  void adding_units_leaves_the_earlier_units_unchanged() {
    DemoProvince smaller = DemoProvinceFixtures.province(SEED, 300, TODAY);
    assertEquals(smaller.units(), PROVINCE.units().subList(0, 300));
  }

  @Test
  void the_province_has_at_least_300_units_with_valid_unique_credit_codes() {
    assertTrue(PROVINCE.units().size() >= 300);
    for (DemoUnit unit : PROVINCE.units()) {
      assertTrue(CreditCodes.isValid(unit.creditCode()), unit.creditCode());
      assertTrue(unit.creditCode().startsWith("91" + unit.regionCode()));
    }
    assertEquals(UNITS, Set.copyOf(creditCodes(PROVINCE)).size());
    assertEquals(UNITS, PROVINCE.units().stream().map(DemoUnit::name).distinct().count());
  }

  @Test
  void units_cover_every_city_and_sit_in_one_of_its_counties() {
    Map<String, DemoCity> byCode = new HashMap<>();
    CITIES.forEach(city -> byCode.put(city.code(), city));
    for (DemoUnit unit : PROVINCE.units()) {
      assertTrue(byCode.get(unit.cityCode()).countyCodes().contains(unit.regionCode()));
      assertTrue(unit.name().startsWith(byCode.get(unit.cityCode()).name()), unit.name());
    }
    Set<String> covered =
        PROVINCE.units().stream().map(DemoUnit::cityCode).collect(Collectors.toSet());
    assertEquals(byCode.keySet(), covered);
  }

  @Test
  void sizes_lie_between_ten_thousand_and_three_million_tce_and_mixes_sum_to_one() {
    for (DemoUnit unit : PROVINCE.units()) {
      assertTrue(unit.annualTce().compareTo(BigDecimal.valueOf(10_000)) >= 0, unit.name());
      assertTrue(unit.annualTce().compareTo(BigDecimal.valueOf(3_000_000)) <= 0, unit.name());
      double shares = unit.energyMix().stream().mapToDouble(DemoEnergyShare::tceShare).sum();
      assertEquals(1.0, shares, 1e-9);
    }
    long industries = PROVINCE.units().stream().map(DemoUnit::industryCode).distinct().count();
    assertTrue(industries >= 12, "industries: " + industries);
  }

  @Test
  void each_unit_has_plant_processes_equipment_items_and_meters() {
    for (DemoUnit unit : PROVINCE.units()) {
      Set<Integer> scopes =
          unit.structure().stream().map(DemoStructureNode::scope).collect(Collectors.toSet());
      assertEquals(Set.of(1, 2, 4), scopes);
      Set<String> keys =
          unit.structure().stream().map(DemoStructureNode::key).collect(Collectors.toSet());
      unit.collectItems().forEach(item -> assertTrue(keys.contains(item.structureKey())));
      unit.meters().forEach(meter -> assertTrue(keys.contains(meter.structureKey())));
      assertEquals(unit.energyMix().size() + unit.processes().size(), unit.meters().size());
      assertEquals(
          unit.collectItems().size(),
          unit.collectItems().stream()
              .map(i -> i.dataCode() + "/" + i.statType())
              .distinct()
              .count());
      assertEquals(
          unit.meters().size(), unit.meters().stream().map(DemoMeter::serialNo).distinct().count());
      unit.collectItems()
          .forEach(
              item -> assertTrue(item.dataCode().matches("\\d{2}-\\d{2}-\\d{4}-\\d{6}-\\d{2}")));
    }
    // the plan's calibrations are valid, a few fall due within 30 days; DemoMetrology lets a few
    // units' calibrations expire
    long overdue =
        PROVINCE.units().stream()
            .flatMap(unit -> unit.meters().stream())
            .filter(meter -> meter.calibrationDue().isBefore(TODAY))
            .count();
    assertEquals(0, overdue, "no meter of the plan is overdue");
    long dueSoon =
        PROVINCE.units().stream()
            .flatMap(unit -> unit.meters().stream())
            .filter(meter -> !meter.calibrationDue().isAfter(TODAY.plusDays(30)))
            .count();
    assertTrue(dueSoon > 0, "some meters fall due within 30 days");
  }

  @Test
  void monthly_values_are_the_exact_sum_of_the_daily_values_for_complete_months() {
    for (DemoUnit unit : PROVINCE.units().subList(0, 40)) {
      Map<String, BigDecimal> dailySums = new HashMap<>();
      Map<String, BigDecimal> monthly = new HashMap<>();
      for (ReadingPoint point : readings(PROVINCE, unit)) {
        YearMonth month = YearMonth.from(point.statDate().atZone(StatType.CALENDAR_ZONE));
        String key = point.dataCode() + "@" + month;
        if (point.statType() == StatType.DAY.code()) {
          dailySums.merge(key, point.value(), BigDecimal::add);
        } else if (point.statType() == StatType.MONTH.code() && point.dataCode().endsWith("-11")) {
          monthly.put(key, point.value());
        }
      }
      int monthlyItems = (int) unit.collectItems().stream().filter(i -> i.statType() == 2).count();
      if (unit.silentFrom() == null) {
        assertTrue(monthly.size() >= 13 * unit.energyMix().size());
        assertEquals(13 * monthlyItems, countOfStatType(readings(PROVINCE, unit), 2));
      }
      monthly.forEach((key, value) -> assertEquals(dailySums.get(key), value, key));
      assertFalse(
          monthly.keySet().stream().anyMatch(key -> key.endsWith("@" + YearMonth.from(TODAY))));
    }
  }

  @Test
  void quarter_hour_values_add_up_to_the_day_and_are_never_negative() {
    int checkedDays = 0;
    for (DemoUnit unit : PROVINCE.units().subList(0, 60)) {
      Map<LocalDate, BigDecimal> daily = new HashMap<>();
      Map<LocalDate, BigDecimal> quarterSums = new HashMap<>();
      Map<LocalDate, Integer> quarterCounts = new HashMap<>();
      for (ReadingPoint point : readings(PROVINCE, unit)) {
        LocalDate day = point.statDate().atZone(StatType.CALENDAR_ZONE).toLocalDate();
        if (point.statType() == 0) {
          assertTrue(point.value().signum() >= 0);
          quarterSums.merge(day, point.value(), BigDecimal::add);
          quarterCounts.merge(day, 1, Integer::sum);
        } else if (point.statType() == 1 && point.dataCode().equals("00-00-0000-023300-11")) {
          daily.put(day, point.value());
        }
      }
      for (LocalDate day : quarterSums.keySet()) {
        assertEquals(daily.get(day), quarterSums.get(day));
        assertEquals(96, quarterCounts.get(day));
        checkedDays++;
      }
      if (unit.silentFrom() == null) {
        assertEquals(
            Set.of(TODAY.minusDays(3), TODAY.minusDays(2), TODAY.minusDays(1)),
            quarterSums.keySet());
      }
    }
    assertTrue(checkedDays > 100);
  }

  @Test
  void processes_share_less_than_the_plant_electricity_every_day() {
    for (DemoUnit unit : PROVINCE.units().subList(0, 30)) {
      Map<Instant, BigDecimal> plant = new HashMap<>();
      Map<Instant, BigDecimal> processes = new HashMap<>();
      for (ReadingPoint point : readings(PROVINCE, unit)) {
        if (point.statType() != 1 || !point.dataCode().endsWith("023300-11")) {
          continue;
        }
        Map<Instant, BigDecimal> target = point.dataCode().startsWith("00-") ? plant : processes;
        target.merge(point.statDate(), point.value(), BigDecimal::add);
      }
      assertFalse(processes.isEmpty());
      processes.forEach((day, sum) -> assertTrue(sum.compareTo(plant.get(day)) < 0));
    }
  }

  @Test
  void every_reading_belongs_to_a_configured_item_and_stays_within_its_limits() {
    for (DemoUnit unit : PROVINCE.units().subList(0, 80)) {
      Map<String, DemoCollectItem> items = new HashMap<>();
      unit.collectItems().forEach(item -> items.put(item.dataCode() + "/" + item.statType(), item));
      for (ReadingPoint point : readings(PROVINCE, unit)) {
        DemoCollectItem item = items.get(point.dataCode() + "/" + point.statType());
        assertTrue(item != null, point.toString());
        assertEquals(item.inputType(), point.inputType());
        assertEquals(1, point.valid());
        assertTrue(point.value().compareTo(item.valueMin()) >= 0, point.toString());
        assertTrue(point.value().compareTo(item.valueMax()) <= 0, point.toString());
        ZonedDateTime start = point.statDate().atZone(StatType.CALENDAR_ZONE);
        if (point.statType() != 0) {
          assertEquals(StatType.startOfDay(start.toLocalDate()), start);
        }
        if (point.statType() == 2) {
          assertEquals(1, start.getDayOfMonth());
        }
      }
    }
  }

  @Test
  void silent_units_send_nothing_from_the_day_their_link_broke() {
    List<DemoUnit> silent =
        PROVINCE.units().stream().filter(unit -> unit.silentFrom() != null).toList();
    assertFalse(silent.isEmpty(), "about 2 % of the units are silent");
    assertTrue(silent.size() < UNITS / 10);
    for (DemoUnit unit : silent) {
      Instant broken = StatType.startOfDay(unit.silentFrom()).toInstant();
      readings(PROVINCE, unit)
          .forEach(point -> assertTrue(point.statDate().isBefore(broken), point.toString()));
    }
  }

  @Test
  void streaming_every_reading_of_the_province_yields_the_expected_counts_in_small_batches() {
    long[] total = {0};
    int[] largestBatch = {0};
    long expected = 0;
    for (int i = 0; i < PROVINCE.units().size(); i++) {
      DemoUnit unit = PROVINCE.units().get(i);
      PROVINCE.forEachReadingBatch(
          unit,
          i + 1,
          batch -> {
            total[0] += batch.size();
            largestBatch[0] = Math.max(largestBatch[0], batch.size());
          });
      expected += expectedReadings(unit);
    }
    assertEquals(expected, total[0]);
    assertTrue(total[0] > 500_000, "readings: " + total[0]);
    assertTrue(largestBatch[0] < 5_000, "largest batch: " + largestBatch[0]);
  }

  @Test
  void on_the_first_of_a_month_the_history_ends_with_the_previous_month() {
    LocalDate first = LocalDate.of(2026, 4, 1);
    DemoProvince province = DemoProvinceFixtures.province(SEED, 20, first);
    assertEquals(13, province.completeMonths().size());
    assertEquals(YearMonth.of(2026, 3), province.completeMonths().get(12));
    for (DemoUnit unit : province.units()) {
      assertEquals(expectedReadings(unit, first), readings(province, unit).size());
    }
  }

  private static long expectedReadings(DemoUnit unit) {
    return expectedReadings(unit, TODAY);
  }

  /** Counted from the configuration alone, independently of how the series is generated. */
  private static long expectedReadings(DemoUnit unit, LocalDate today) {
    LocalDate first = today.withDayOfMonth(1).minusMonths(13);
    LocalDate end = unit.silentFrom() == null ? today : unit.silentFrom();
    long days = first.datesUntil(end).count();
    long months =
        first
            .datesUntil(end)
            .map(YearMonth::from)
            .distinct()
            .filter(m -> m.isBefore(YearMonth.from(today)) && m.atEndOfMonth().isBefore(end))
            .count();
    long realtimeDays = today.minusDays(3).datesUntil(today).filter(d -> d.isBefore(end)).count();
    long expected = 0;
    for (DemoCollectItem item : unit.collectItems()) {
      expected +=
          switch (item.statType()) {
            case 0 -> 96 * realtimeDays;
            case 1 -> days;
            case 2 -> months;
            default -> 0;
          };
    }
    return expected;
  }

  private static long countOfStatType(List<ReadingPoint> points, int statType) {
    return points.stream().filter(point -> point.statType() == statType).count();
  }

  private static List<ReadingPoint> readings(DemoProvince province, DemoUnit unit) {
    List<ReadingPoint> all = new ArrayList<>();
    province.forEachReadingBatch(unit, unit.index() + 1L, all::addAll);
    return all;
  }

  private static List<String> creditCodes(DemoProvince province) {
    return province.units().stream().map(DemoUnit::creditCode).toList();
  }
}
