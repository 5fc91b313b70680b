package cn.nhjc.province.efficiency.application;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.nhjc.province.monitoring.application.statistics.FigureRows;
import cn.nhjc.province.monitoring.application.statistics.Figures;
import cn.nhjc.province.monitoring.application.statistics.FiguresAssembler;
import cn.nhjc.province.monitoring.domain.ElectricityConvention;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The worked examples 1 to 4 of docs/efficiency.md, from the rollup rows through monitoring's
 * figures to the stored efficiency rows: seven cement plants of March 2026, each making 100,000 t
 * of clinker; plant A also uses 8,000,000 kWh of electricity; plant G failed the quality rule.
 */
class EfficiencyCalculatorTest {

  private static final StatPeriod MARCH = StatPeriod.month(YearMonth.of(2026, 3));
  private static final Instant AT = Instant.parse("2026-04-05T22:00:00Z");
  private static final String CLASS = "C3011";

  private static final FigureRows.Reference REFERENCE =
      new FigureRows.Reference(
          List.of(new FigureRows.Product("0001", "水泥熟料", "t")),
          List.of(
              new FigureRows.Standard(
                  "cement-clinker-energy",
                  "0001",
                  "GB 16780-2021",
                  "单位产品综合能耗",
                  "kgce/t",
                  "comprehensive",
                  "kgce",
                  d("100"),
                  d("107"),
                  d("117")),
              new FigureRows.Standard(
                  "cement-clinker-electricity",
                  "0001",
                  "GB 16780-2021",
                  "单位产品综合电耗",
                  "kWh/t",
                  "electricity",
                  "kWh",
                  d("48"),
                  d("57"),
                  d("61"))),
          List.of(),
          "0001",
          "0002",
          "3300");

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private static FigureRows.Energy coal(String tce) {
    BigDecimal t = d(tce);
    return new FigureRows.Energy(
        "0100",
        "原煤",
        "t",
        "coal",
        t.divide(d("0.7143"), 6, java.math.RoundingMode.HALF_UP),
        BigDecimal.ZERO,
        d("0.7143"),
        t,
        t,
        d("0.7143"),
        t,
        t,
        "monthly",
        1,
        AT);
  }

  private static FigureRows.Energy electricity(String kwh) {
    BigDecimal k = d(kwh);
    BigDecimal tce = k.multiply(d("0.1229")).divide(d("1000"));
    BigDecimal equal = k.multiply(d("0.3")).divide(d("1000"));
    return new FigureRows.Energy(
        "3300",
        "电力",
        "kWh",
        "electricity",
        k,
        BigDecimal.ZERO,
        d("0.1229"),
        tce,
        tce,
        d("0.3"),
        equal,
        equal,
        "monthly",
        1,
        AT);
  }

  private static EfficiencyCalculator.UnitInput unit(
      long id, boolean complete, List<FigureRows.Energy> energies, String outputValue) {
    List<FigureRows.Indicator> indicators = new ArrayList<>();
    indicators.add(
        new FigureRows.Indicator("04", "0001", d("100000"), BigDecimal.ZERO, BigDecimal.ZERO, 1));
    if (outputValue != null) {
      indicators.add(
          new FigureRows.Indicator(
              "09", "0001", d(outputValue), BigDecimal.ZERO, BigDecimal.ZERO, 1));
    }
    indicators.add(
        new FigureRows.Indicator("08", "0101", d("0.912"), BigDecimal.ZERO, BigDecimal.ZERO, 1));
    Figures figures =
        new FiguresAssembler(REFERENCE, ElectricityConvention.EQUIVALENT)
            .assemble(
                new FiguresAssembler.Subject("unit", "U" + id, "U" + id, "130200"),
                MARCH,
                energies,
                new ArrayList<>(indicators),
                null,
                false);
    return new EfficiencyCalculator.UnitInput(id, CLASS, figures, indicators, complete);
  }

  private static EfficiencyCalculator.Result example() {
    return new EfficiencyCalculator(REFERENCE, Map.of())
        .compute(
            List.of(
                // plant A: 10,216.8 tce of coal + 8,000,000 kWh × 0.1229 = 11,200 tce
                unit(1, true, List.of(coal("10216.8"), electricity("8000000")), "56000"),
                unit(2, true, List.of(coal("9500")), null),
                unit(3, true, List.of(coal("13100")), null),
                unit(4, true, List.of(coal("10000")), null),
                unit(5, true, List.of(coal("12000")), null),
                unit(6, true, List.of(coal("10400")), null),
                unit(7, false, List.of(coal("9000")), null)));
  }

  private static IndicatorRow row(EfficiencyCalculator.Result r, long unit, String indicator) {
    return r.indicators().stream()
        .filter(i -> i.unitId() == unit && i.indicator().equals(indicator))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void example1UnitProductConsumptionAndExample2Grades() {
    EfficiencyCalculator.Result r = example();
    IndicatorRow energy = row(r, 1, "cement-clinker-energy");
    IndicatorRow power = row(r, 1, "cement-clinker-electricity");
    assertAll(
        () -> assertEquals(d("112.00"), energy.value()),
        () -> assertEquals("3", energy.grade()),
        () -> assertEquals(d("100000"), energy.output()),
        () -> assertEquals(d("80.00"), power.value()),
        () -> assertEquals("over-limit", power.grade()),
        () -> assertEquals("1", row(r, 2, "cement-clinker-energy").grade()),
        // no electricity reported: no electricity indicator
        () ->
            assertFalse(
                r.indicators().stream()
                    .anyMatch(
                        i ->
                            i.unitId() == 2
                                && i.indicator().equals("cement-clinker-electricity"))));
  }

  @Test
  void example3PercentileAndDistributionWithoutTheIncompleteUnit() {
    EfficiencyCalculator.Result r = example();
    DistributionRow energy =
        r.distributions().stream()
            .filter(g -> g.peerGroup().equals("cement-clinker-energy"))
            .findFirst()
            .orElseThrow();
    assertAll(
        () -> assertEquals(6, energy.peers()),
        () -> assertEquals(1, energy.excluded()),
        () -> assertEquals(d("95.00"), energy.distribution().best()),
        () -> assertEquals(d("101.0000"), energy.distribution().q1()),
        () -> assertEquals(d("108.0000"), energy.distribution().median()),
        () -> assertEquals(d("118.0000"), energy.distribution().q3()),
        () -> assertEquals(d("40.00"), row(r, 1, "cement-clinker-energy").percentile()),
        () -> assertEquals(6, row(r, 1, "cement-clinker-energy").peers()),
        () -> assertNull(row(r, 7, "cement-clinker-energy").percentile()),
        () -> assertEquals(d("90.00"), row(r, 7, "cement-clinker-energy").value()));
  }

  @Test
  void example4SavingAtTheAdvancedValue() {
    EfficiencyCalculator.Result r = example();
    assertAll(
        () -> assertEquals(d("1200.000000"), row(r, 1, "cement-clinker-energy").savingTce()),
        () -> assertEquals(d("393.280000"), row(r, 1, "cement-clinker-electricity").savingTce()),
        () -> assertEquals(d("0.000000"), row(r, 2, "cement-clinker-energy").savingTce()));
  }

  @Test
  void intensitiesArePeeredWithinTheIndustryClassAndReportedIndicatorsAreNotRanked() {
    EfficiencyCalculator.Result r = example();
    IndicatorRow intensity = row(r, 1, EfficiencyCalculator.INTENSITY_OUTPUT);
    IndicatorRow reported = row(r, 1, EfficiencyCalculator.REPORTED_PREFIX + "0101");
    assertAll(
        // 11,200 tce ÷ 56,000 万元
        () -> assertEquals(d("0.2000"), intensity.value()),
        () -> assertEquals("intensity-output:" + CLASS, intensity.peerGroup()),
        () -> assertNull(intensity.percentile()),
        () -> assertEquals(1, intensity.peers()),
        () -> assertEquals(d("0.912"), reported.value()),
        () -> assertNull(reported.peerGroup()));
  }
}
