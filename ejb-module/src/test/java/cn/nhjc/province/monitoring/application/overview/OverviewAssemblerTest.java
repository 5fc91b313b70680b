package cn.nhjc.province.monitoring.application.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.nhjc.province.monitoring.application.statistics.EnergyFigure;
import cn.nhjc.province.monitoring.application.statistics.Figures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OverviewAssemblerTest {

  private static final OverviewAssembler ASSEMBLER =
      new OverviewAssembler("3300", Set.of("0100", "0102"), Set.of("1500"));

  @Test
  void change_is_relative_to_the_base_in_per_cent_and_missing_without_a_base() {
    assertEquals(new BigDecimal("25.00"), OverviewAssembler.change(dec("125"), dec("100")));
    assertEquals(new BigDecimal("-33.33"), OverviewAssembler.change(dec("2"), dec("3")));
    // a negative base (a unit sending out more than it takes in): the sign follows the change
    assertEquals(new BigDecimal("50.00"), OverviewAssembler.change(dec("-1"), dec("-2")));
    assertNull(OverviewAssembler.change(dec("1"), BigDecimal.ZERO));
    assertNull(OverviewAssembler.change(null, dec("1")));
    assertNull(OverviewAssembler.change(dec("1"), null));
  }

  @Test
  void key_figures_sum_the_configured_types_and_compare_with_both_periods() {
    Figures now =
        figures(
            "130000",
            "1200",
            "80",
            energy("3300", "kWh", "1000000"),
            energy("0100", "kg", "300"),
            energy("0102", "kg", "200"),
            energy("1500", "m³", "50"));
    Figures lastYear = figures("130000", "1000", "100", energy("3300", "kWh", "800000"));
    Figures previous = figures("130000", "1500", null, energy("0100", "kg", "1000"));

    List<KeyFigure> keys = ASSEMBLER.keyFigures(now, lastYear, previous);

    assertEquals(
        List.of(
            "comprehensiveTce", "electricity", "rawCoal", "naturalGas", "intensityPerValueAdded"),
        keys.stream().map(KeyFigure::key).toList());
    KeyFigure total = keys.get(0);
    assertEquals("tce", total.unit());
    assertEquals(new BigDecimal("20.00"), total.yearOnYear());
    assertEquals(new BigDecimal("-20.00"), total.periodOnPeriod());
    KeyFigure electricity = keys.get(1);
    assertEquals("kWh", electricity.unit());
    assertEquals(new BigDecimal("25.00"), electricity.yearOnYear());
    assertNull(electricity.periodOnPeriod(), "no electricity in the previous period: no base");
    KeyFigure coal = keys.get(2);
    assertEquals(0, dec("500").compareTo(coal.value()), "原煤 and a sub-kind add up");
    assertEquals(new BigDecimal("-50.00"), coal.periodOnPeriod());
    KeyFigure intensity = keys.get(4);
    assertEquals(new BigDecimal("-20.00"), intensity.yearOnYear());
    assertNull(intensity.periodOnPeriod(), "no value added before: no intensity to compare");
  }

  @Test
  void sub_regions_carry_changes_and_completeness_and_are_ranked_by_total() {
    List<Figures> now = List.of(figures("130100", "100", null), figures("130200", "300", null));
    Map<String, Figures> year = Map.of("130200", figures("130200", "200", null));
    List<SubRegion> regions =
        ASSEMBLER.subRegions(
            now,
            year,
            Map.of(),
            Map.of("130100", new OverviewAssembler.Completeness(9, 10)),
            Map.of("130100", 4));

    assertEquals(List.of("130200", "130100"), regions.stream().map(SubRegion::code).toList());
    assertEquals(1, regions.get(0).rank());
    assertEquals(new BigDecimal("50.00"), regions.get(0).yearOnYear());
    assertNull(regions.get(0).completeness(), "not assessed");
    assertEquals(new BigDecimal("90.00"), regions.get(1).completeness());
    assertEquals(4, regions.get(1).listedUnits());
    assertEquals(0, regions.get(0).listedUnits());
  }

  @Test
  void ranking_puts_regions_without_the_measure_last_in_either_order() {
    List<SubRegion> regions =
        List.of(region("130300", "5"), region("130100", null), region("130200", "7"));
    assertEquals(
        List.of("130200", "130300", "130100"),
        OverviewAssembler.rank(regions, "intensity", "desc").stream()
            .map(SubRegion::code)
            .toList());
    List<SubRegion> ascending = OverviewAssembler.rank(regions, "intensity", "asc");
    assertEquals(
        List.of("130300", "130200", "130100"), ascending.stream().map(SubRegion::code).toList());
    assertEquals(List.of(1, 2, 3), ascending.stream().map(SubRegion::rank).toList());
    assertThrows(
        IllegalArgumentException.class, () -> OverviewAssembler.rank(regions, "colour", "asc"));
    assertThrows(
        IllegalArgumentException.class, () -> OverviewAssembler.rank(regions, "total", "up"));
  }

  @Test
  void completeness_is_a_percentage_of_what_was_expected() {
    assertEquals(new BigDecimal("66.67"), new OverviewAssembler.Completeness(2, 3).percent());
    assertNull(new OverviewAssembler.Completeness(0, 0).percent());
  }

  private static SubRegion region(String code, String intensity) {
    return new SubRegion(
        0,
        code,
        code,
        "city",
        1,
        1,
        BigDecimal.ONE,
        BigDecimal.ONE,
        intensity == null ? null : dec(intensity),
        null,
        null,
        null);
  }

  private static EnergyFigure energy(String code, String unit, String consumed) {
    BigDecimal amount = dec(consumed);
    return new EnergyFigure(
        code,
        code,
        unit,
        "g",
        amount,
        BigDecimal.ZERO,
        amount,
        null,
        BigDecimal.ZERO,
        null,
        null,
        1);
  }

  private static Figures figures(
      String code, String tce, String intensity, EnergyFigure... energies) {
    return new Figures(
        "region",
        code,
        code,
        "city",
        "2026-10",
        "M",
        LocalDate.of(2026, 10, 1),
        LocalDate.of(2026, 10, 31),
        "equivalent",
        "当量值",
        List.of(energies),
        List.of(),
        dec(tce),
        dec(tce),
        dec(tce),
        1,
        null,
        null,
        intensity == null ? null : dec(intensity),
        null,
        List.of(),
        false,
        null);
  }

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }
}
