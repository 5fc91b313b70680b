package cn.nhjc.province.monitoring.application.statistics;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.monitoring.domain.ElectricityConvention;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of {@code docs/accounting.md}: the stored rows of each example, as the
 * rollups hold them, assembled into the figures of the doc's Summary table.
 */
class FiguresAssemblerTest {

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final Instant COMPUTED = Instant.parse("2026-04-05T22:00:00Z");

  /** Coefficients of the examples (kgce per unit). */
  private static final String COAL_K = "0.7143";

  private static final String GAS_K = "1.2150";
  private static final String HEAT_K = "0.03412";
  private static final String ELECTRICITY_EQUIVALENT = "0.1229";
  private static final String ELECTRICITY_EQUAL_VALUE = "0.3000";

  /** db/reference: products.csv, limit_standards.csv, limit_standard_basis.csv, mix groups. */
  private static final FigureRows.Reference REFERENCE =
      new FigureRows.Reference(
          List.of(
              new FigureRows.Product("0001", "水泥熟料", "t"),
              new FigureRows.Product("0013", "粗钢", "t")),
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
          List.of(
              new FigureRows.MixGroup("coal", "煤炭"),
              new FigureRows.MixGroup("oil", "石油"),
              new FigureRows.MixGroup("gas", "天然气"),
              new FigureRows.MixGroup("electricity", "电力"),
              new FigureRows.MixGroup("heat", "热力"),
              new FigureRows.MixGroup("other", "其他")),
          "0001",
          "0002",
          "3300");

  private static final FiguresAssembler EQUIVALENT =
      new FiguresAssembler(REFERENCE, ElectricityConvention.EQUIVALENT);
  private static final FiguresAssembler EQUAL_VALUE =
      new FiguresAssembler(REFERENCE, ElectricityConvention.EQUAL_VALUE);

  private static final FiguresAssembler.Subject UNIT_A =
      new FiguresAssembler.Subject("unit", "91130200MA0A00000A", "单位 A", "130200");
  private static final FiguresAssembler.Subject UNIT_B =
      new FiguresAssembler.Subject("unit", "91441200MA0B00000B", "单位 B", "130200");
  private static final FiguresAssembler.Subject UNIT_C =
      new FiguresAssembler.Subject("unit", "91130200MA0C00000C", "单位 C", "130200");
  private static final FiguresAssembler.Subject UNIT_D =
      new FiguresAssembler.Subject("unit", "91130200MA0D00000D", "单位 D", "130200");
  private static final FiguresAssembler.Subject UNIT_E =
      new FiguresAssembler.Subject("unit", "91130200MA0E00000E", "单位 E", "130200");
  private static final FiguresAssembler.Subject UNIT_F =
      new FiguresAssembler.Subject("unit", "91130200MA0F00000F", "单位 F", "130200");
  private static final FiguresAssembler.Subject REGION_A_AND_D =
      new FiguresAssembler.Subject("region", "130200", "唐山市", "city");

  private static final StatPeriod MARCH = StatPeriod.parse("2026-03");
  private static final StatPeriod JANUARY = StatPeriod.parse("2026-01");
  private static final StatPeriod APRIL = StatPeriod.parse("2026-04");

  // ------------------------------------------------------------------ rows as stored

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static BigDecimal tceOf(BigDecimal amount, BigDecimal kgcePerUnit) {
    return amount.multiply(kgcePerUnit).divide(THOUSAND);
  }

  /**
   * A row of unit_period_energy as RollupSql.WRITE_FIGURES writes it: tce = net × k ÷ 1000 and
   * consumed tce = consumed × k ÷ 1000, unrounded, under both conventions.
   */
  private static FigureRows.Energy unitRow(
      String code,
      String name,
      String unit,
      String mixGroup,
      String consumed,
      String sentOut,
      String coefficient,
      String equalCoefficient,
      String basis) {
    BigDecimal in = d(consumed);
    BigDecimal net = in.subtract(d(sentOut));
    BigDecimal k = d(coefficient);
    BigDecimal kEqual = d(equalCoefficient);
    return new FigureRows.Energy(
        code,
        name,
        unit,
        mixGroup,
        in,
        d(sentOut),
        k,
        tceOf(net, k),
        tceOf(in, k),
        kEqual,
        tceOf(net, kEqual),
        tceOf(in, kEqual),
        basis,
        1,
        COMPUTED);
  }

  private static FigureRows.Energy coal0104(String consumed) {
    return unitRow("0104", "一般烟煤", "kg", "coal", consumed, "0", COAL_K, COAL_K, "monthly");
  }

  private static FigureRows.Energy rawCoal0100(String consumed) {
    return unitRow("0100", "原煤", "kg", "coal", consumed, "0", COAL_K, COAL_K, "monthly");
  }

  private static FigureRows.Energy electricity(String consumed) {
    return electricity(consumed, "monthly");
  }

  private static FigureRows.Energy electricity(String consumed, String basis) {
    return unitRow(
        "3300",
        "电力",
        "kWh",
        "electricity",
        consumed,
        "0",
        ELECTRICITY_EQUIVALENT,
        ELECTRICITY_EQUAL_VALUE,
        basis);
  }

  private static FigureRows.Energy gas(String consumed, String coefficient) {
    return unitRow("1500", "天然气", "m³", "gas", consumed, "0", coefficient, coefficient, "monthly");
  }

  private static FigureRows.Energy heatSentOut(String sentOut) {
    return unitRow("3200", "热力", "MJ", "heat", "0", sentOut, HEAT_K, HEAT_K, "monthly");
  }

  /** Unit indicator rows carry no tce (StatisticsSql.UNIT_INDICATORS selects 0, 0, 1). */
  private static FigureRows.Indicator unitIndicator(String classCode, String item, String amount) {
    return new FigureRows.Indicator(
        classCode, item, d(amount), BigDecimal.ZERO, BigDecimal.ZERO, 1);
  }

  /**
   * A row of group_period_energy as StatisticsSql.GROUP_ENERGY reads it: sums of the units' rows,
   * the coefficient derived as round(tce × 1000 ÷ net, 6), no basis.
   */
  private static FigureRows.Energy groupRow(List<FigureRows.Energy> unitRows) {
    FigureRows.Energy first = unitRows.get(0);
    BigDecimal consumed = BigDecimal.ZERO;
    BigDecimal sentOut = BigDecimal.ZERO;
    BigDecimal tce = BigDecimal.ZERO;
    BigDecimal consumedTce = BigDecimal.ZERO;
    BigDecimal tceEqual = BigDecimal.ZERO;
    BigDecimal consumedTceEqual = BigDecimal.ZERO;
    for (FigureRows.Energy row : unitRows) {
      consumed = consumed.add(row.consumed());
      sentOut = sentOut.add(row.sentOut());
      tce = tce.add(row.tce());
      consumedTce = consumedTce.add(row.consumedTce());
      tceEqual = tceEqual.add(row.tceEqual());
      consumedTceEqual = consumedTceEqual.add(row.consumedTceEqual());
    }
    BigDecimal net = consumed.subtract(sentOut);
    return new FigureRows.Energy(
        first.energyTypeCode(),
        first.name(),
        first.unit(),
        first.mixGroup(),
        consumed,
        sentOut,
        tce.multiply(THOUSAND).divide(net, 6, RoundingMode.HALF_UP),
        tce,
        consumedTce,
        tceEqual.multiply(THOUSAND).divide(net, 6, RoundingMode.HALF_UP),
        tceEqual,
        consumedTceEqual,
        null,
        unitRows.size(),
        null);
  }

  // ------------------------------------------------------------------ assertions

  private static void assertExact(String expected, BigDecimal actual, String what) {
    assertNotNull(actual, what + " is null");
    assertEquals(
        0,
        d(expected).compareTo(actual),
        () -> what + ": expected " + expected + " but was " + actual.toPlainString());
  }

  private static EnergyFigure energy(Figures figures, String code) {
    return figures.energies().stream()
        .filter(e -> e.energyTypeCode().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no energy " + code));
  }

  private static Optional<MixShare> mixOf(Figures figures, String group) {
    return figures.mix().stream().filter(m -> m.group().equals(group)).findFirst();
  }

  private static MixShare mix(Figures figures, String group) {
    return mixOf(figures, group).orElseThrow(() -> new AssertionError("no mix group " + group));
  }

  private static ProductFigure.ProductGrade grade(
      Figures figures, String product, String standard) {
    return figures.products().stream()
        .filter(p -> p.productCode().equals(product))
        .flatMap(p -> p.grades().stream())
        .filter(g -> g.limitStandard().equals(standard))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no grade " + standard + " of " + product));
  }

  // ------------------------------------------------------------------ the examples

  /** Example 1: the whole-plant consumption items; purchases and the process meter are not. */
  private static List<FigureRows.Energy> example1Rows() {
    return List.of(coal0104("1200000"), gas("200000", GAS_K), electricity("3500000"));
  }

  private static Figures example1(FiguresAssembler assembler, List<FigureRows.Indicator> items) {
    return assembler.assemble(UNIT_A, MARCH, example1Rows(), items, null, false);
  }

  @Test
  void example_1_converts_each_energy_at_its_coefficient() {
    Figures f = example1(EQUIVALENT, List.of());
    assertExact("857.16", energy(f, "0104").tce(), "coal tce");
    assertExact("430.15", energy(f, "3300").tce(), "electricity tce");
    assertExact("243.00", energy(f, "1500").tce(), "gas tce");
    assertExact("0.7143", energy(f, "0104").coefficient(), "coal coefficient");
    assertExact("0.1229", energy(f, "3300").coefficient(), "electricity coefficient");
    assertExact("1.2150", energy(f, "1500").coefficient(), "gas coefficient");
    assertExact("1200000", energy(f, "0104").amount(), "coal net");
    assertExact("0", energy(f, "0104").sentOut(), "coal sent out");
    assertEquals("monthly", energy(f, "0104").basis());
  }

  @Test
  void example_1_comprehensive_consumption_is_the_sum_served_with_six_decimals() {
    Figures f = example1(EQUIVALENT, List.of());
    assertExact("1530.31", f.comprehensiveTce(), "comprehensive");
    assertEquals("1530.310000", f.comprehensiveTce().toPlainString());
    assertExact("1530.31", f.comprehensiveTceEquivalent(), "comprehensive 当量值");
    assertEquals("equivalent", f.electricityConvention());
    assertEquals("当量值", f.electricityConventionLabel());
    assertEquals(1, f.units());
    assertEquals("unit", f.kind());
    assertEquals("2026-03", f.period());
    assertEquals("month", f.periodType());
    assertEquals(LocalDate.of(2026, 3, 1), f.from());
    assertEquals(LocalDate.of(2026, 3, 31), f.to());
  }

  @Test
  void example_1_mix_is_coal_electricity_and_gas_by_consumed_tce() {
    Figures f = example1(EQUIVALENT, List.of());
    assertExact("0.5601", mix(f, "coal").share(), "coal share");
    assertExact("0.2811", mix(f, "electricity").share(), "electricity share");
    assertExact("0.1588", mix(f, "gas").share(), "gas share");
    assertExact("0.5601", energy(f, "0104").share(), "coal type share");
    assertExact("0.2811", energy(f, "3300").share(), "electricity type share");
    assertExact("0.1588", energy(f, "1500").share(), "gas type share");
    assertExact("857.16", mix(f, "coal").consumedTce(), "coal group tce");
    assertEquals(
        List.of("coal", "gas", "electricity"), f.mix().stream().map(MixShare::group).toList());
  }

  @Test
  void example_1_purchases_and_the_process_meter_add_nothing() {
    Figures f = example1(EQUIVALENT, List.of());
    // had they counted: coal 2,700,000 kg and electricity 5,600,000 kWh
    assertExact("1200000", energy(f, "0104").consumed(), "coal consumed");
    assertExact("3500000", energy(f, "3300").consumed(), "electricity consumed");
  }

  @Test
  void example_2_heat_sent_out_is_a_negative_figure_subtracted_from_the_inputs() {
    Figures f =
        EQUIVALENT.assemble(
            UNIT_B,
            JANUARY,
            List.of(coal0104("10000000"), heatSentOut("50000000"), electricity("500000")),
            List.of(),
            null,
            false);
    EnergyFigure heat = energy(f, "3200");
    assertExact("0", heat.consumed(), "heat consumed");
    assertExact("50000000", heat.sentOut(), "heat sent out");
    assertExact("-50000000", heat.amount(), "heat net");
    assertExact("0.03412", heat.coefficient(), "heat coefficient");
    assertExact("-1706.00", heat.tce(), "heat tce");
    assertExact("7143.00", energy(f, "0104").tce(), "coal tce");
    assertExact("61.45", energy(f, "3300").tce(), "electricity tce");
    assertExact("5498.45", f.comprehensiveTce(), "comprehensive");
  }

  @Test
  void example_2_mix_uses_the_consumption_side_only() {
    Figures f =
        EQUIVALENT.assemble(
            UNIT_B,
            JANUARY,
            List.of(coal0104("10000000"), heatSentOut("50000000"), electricity("500000")),
            List.of(),
            null,
            false);
    assertExact("0.9915", mix(f, "coal").share(), "coal share");
    assertExact("0.0085", mix(f, "electricity").share(), "electricity share");
  }

  @Test
  void example_2_heat_with_nothing_consumed_has_no_share() {
    Figures f =
        EQUIVALENT.assemble(
            UNIT_B,
            JANUARY,
            List.of(coal0104("10000000"), heatSentOut("50000000"), electricity("500000")),
            List.of(),
            null,
            false);
    // rule 6: "Types with nothing consumed have no share"; example 2: "heat has no share"
    assertAll(
        () -> assertNull(energy(f, "3200").share(), "heat type share"),
        () -> assertTrue(mixOf(f, "heat").isEmpty(), () -> "heat in the mix: " + mixOf(f, "heat")));
  }

  @Test
  void example_3_equal_value_converts_electricity_at_the_year_figure() {
    Figures f = example1(EQUAL_VALUE, List.of());
    assertEquals("equal-value", f.electricityConvention());
    assertEquals("等价值", f.electricityConventionLabel());
    assertExact("1050.00", energy(f, "3300").tce(), "electricity tce 等价值");
    assertExact("0.3000", energy(f, "3300").coefficient(), "electricity coefficient 等价值");
    assertExact("857.16", energy(f, "0104").tce(), "coal tce");
    assertExact("243.00", energy(f, "1500").tce(), "gas tce");
    assertExact("2150.16", f.comprehensiveTce(), "comprehensive 等价值");
    assertExact("2150.16", f.comprehensiveTceEqualValue(), "comprehensive 等价值 field");
  }

  @Test
  void example_3_still_reports_the_equivalent_figure_and_the_difference() {
    Figures f = example1(EQUAL_VALUE, List.of());
    assertExact("1530.31", f.comprehensiveTceEquivalent(), "comprehensive 当量值");
    assertExact(
        "619.85",
        f.comprehensiveTceEqualValue().subtract(f.comprehensiveTceEquivalent()),
        "difference 等价值 − 当量值");
    Figures equivalent = example1(EQUIVALENT, List.of());
    assertExact("2150.16", equivalent.comprehensiveTceEqualValue(), "等价值 under 当量值");
  }

  @Test
  void example_3_mix_follows_the_equal_value_convention_and_need_not_add_to_one() {
    Figures f = example1(EQUAL_VALUE, List.of());
    assertExact("0.3986", mix(f, "coal").share(), "coal share 等价值");
    assertExact("0.4883", mix(f, "electricity").share(), "electricity share 等价值");
    assertExact("0.1130", mix(f, "gas").share(), "gas share 等价值");
    BigDecimal sum = f.mix().stream().map(MixShare::share).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertExact("0.9999", sum, "sum of rounded shares");
  }

  private static Figures example4(FiguresAssembler assembler, String output) {
    return assembler.assemble(
        UNIT_C,
        APRIL,
        List.of(coal0104("14000000"), electricity("4700000")),
        List.of(unitIndicator("04", "0001", output)),
        null,
        false);
  }

  @Test
  void example_4_cement_plant_comprehensive_consumption_and_mix() {
    Figures f = example4(EQUIVALENT, "100000");
    assertExact("10000.20", energy(f, "0104").tce(), "coal tce");
    assertExact("577.63", energy(f, "3300").tce(), "electricity tce");
    assertExact("10577.83", f.comprehensiveTce(), "comprehensive");
    assertExact("0.9454", mix(f, "coal").share(), "coal share");
    assertExact("0.0546", mix(f, "electricity").share(), "electricity share");
  }

  @Test
  void example_4_clinker_is_graded_against_both_standards() {
    Figures f = example4(EQUIVALENT, "100000");
    assertEquals(1, f.products().size());
    ProductFigure clinker = f.products().get(0);
    assertEquals("0001", clinker.productCode());
    assertEquals("水泥熟料", clinker.name());
    assertEquals("t", clinker.unit());
    assertExact("100000", clinker.output(), "clinker output");
    assertEquals(2, clinker.grades().size());

    ProductFigure.ProductGrade energy = grade(f, "0001", "cement-clinker-energy");
    assertExact("105.78", energy.value(), "clinker energy");
    assertEquals("2", energy.grade());
    assertEquals("2级", energy.gradeLabel());
    assertEquals("kgce/t", energy.indicatorUnit());
    assertEquals("GB 16780-2021", energy.standard());

    ProductFigure.ProductGrade electricity = grade(f, "0001", "cement-clinker-electricity");
    assertExact("47.00", electricity.value(), "clinker electricity");
    assertEquals("1", electricity.grade());
    assertEquals("1级", electricity.gradeLabel());
    assertEquals("kWh/t", electricity.indicatorUnit());
  }

  @Test
  void example_4_at_90000_t_the_energy_figure_is_over_the_limit() {
    Figures f = example4(EQUIVALENT, "90000");
    ProductFigure.ProductGrade energy = grade(f, "0001", "cement-clinker-energy");
    assertExact("117.53", energy.value(), "clinker energy at 90,000 t");
    assertEquals("over-limit", energy.grade());
    assertEquals("超限", energy.gradeLabel());
    ProductFigure.ProductGrade electricity = grade(f, "0001", "cement-clinker-electricity");
    assertExact("52.22", electricity.value(), "clinker electricity at 90,000 t");
    assertEquals("2", electricity.grade());
  }

  @Test
  void example_4_under_equal_value_the_energy_figure_is_grade_3_and_electricity_unchanged() {
    Figures f = example4(EQUAL_VALUE, "100000");
    ProductFigure.ProductGrade energy = grade(f, "0001", "cement-clinker-energy");
    assertExact("114.10", energy.value(), "clinker energy 等价值");
    assertEquals("3", energy.grade());
    assertEquals("3级", energy.gradeLabel());
    ProductFigure.ProductGrade electricity = grade(f, "0001", "cement-clinker-electricity");
    assertExact("47.00", electricity.value(), "clinker electricity 等价值");
    assertEquals("1", electricity.grade());
  }

  @Test
  void a_product_without_a_limit_standard_is_listed_without_grades() {
    Figures f =
        EQUIVALENT.assemble(
            UNIT_C,
            APRIL,
            List.of(coal0104("14000000")),
            List.of(unitIndicator("04", "0013", "5000")),
            null,
            false);
    assertEquals(1, f.products().size());
    assertEquals("粗钢", f.products().get(0).name());
    assertTrue(f.products().get(0).grades().isEmpty());
  }

  @Test
  void example_5_unit_a_intensities_per_value_added_and_per_output_value() {
    Figures f =
        example1(
            EQUIVALENT,
            List.of(unitIndicator("09", "0001", "8000"), unitIndicator("09", "0002", "2000")));
    assertExact("8000", f.outputValue(), "output value");
    assertExact("2000", f.valueAdded(), "value added");
    assertExact("0.7652", f.intensityPerValueAdded(), "intensity per value added");
    assertExact("0.1913", f.intensityPerOutputValue(), "intensity per output value");
    assertTrue(f.products().isEmpty());
  }

  @Test
  void example_5_unit_d_without_value_added_has_no_intensity_per_value_added() {
    Figures f =
        EQUIVALENT.assemble(
            UNIT_D,
            MARCH,
            List.of(rawCoal0100("700000")),
            List.of(unitIndicator("09", "0001", "1000")),
            null,
            false);
    assertExact("500.01", f.comprehensiveTce(), "unit D comprehensive");
    assertExact("0.5000", f.intensityPerOutputValue(), "unit D intensity per output value");
    assertNull(f.valueAdded());
    assertNull(f.intensityPerValueAdded());
  }

  @Test
  void example_5_a_region_divides_only_the_tce_of_the_units_that_reported_the_indicator() {
    FigureRows.Energy coalA = coal0104("1200000");
    FigureRows.Energy gasA = gas("200000", GAS_K);
    FigureRows.Energy electricityA = electricity("3500000");
    FigureRows.Energy coalD = rawCoal0100("700000");
    List<FigureRows.Energy> groupRows =
        List.of(
            groupRow(List.of(coalD)),
            groupRow(List.of(coalA)),
            groupRow(List.of(gasA)),
            groupRow(List.of(electricityA)));
    // group_period_total: both units; group_period_indicator: Σ amounts and the tce of the units
    // that reported each indicator
    FigureRows.Total total = new FigureRows.Total(2, d("2030.32"), d("2650.17"), COMPUTED);
    List<FigureRows.Indicator> indicators =
        List.of(
            new FigureRows.Indicator("09", "0001", d("9000"), d("2030.32"), d("2650.17"), 2),
            new FigureRows.Indicator("09", "0002", d("2000"), d("1530.31"), d("2150.16"), 1));

    Figures f = EQUIVALENT.assemble(REGION_A_AND_D, MARCH, groupRows, indicators, total, true);

    assertEquals(2, f.units());
    assertExact("2030.32", f.comprehensiveTce(), "region comprehensive");
    assertExact("9000", f.outputValue(), "region output value");
    assertExact("2000", f.valueAdded(), "region value added");
    // A only: 1530.31 ÷ 2,000, not the whole region's 2030.32 ÷ 2,000 = 1.0152
    assertExact("0.7652", f.intensityPerValueAdded(), "region intensity per value added");
    assertExact("0.2256", f.intensityPerOutputValue(), "region intensity per output value");
    // the coal group holds 0100 (D) and 0104 (A): (500.01 + 857.16) ÷ 2030.32
    assertExact("1357.17", mix(f, "coal").consumedTce(), "region coal group tce");
    assertExact("0.6685", mix(f, "coal").share(), "region coal group share");
    assertExact("0.7143", energy(f, "0100").coefficient(), "derived coefficient of 0100");
    assertTrue(f.closed());
    assertEquals("region", f.kind());
  }

  @Test
  void example_6_a_daily_sum_month_after_the_resend_is_served_as_stored() {
    Figures february =
        EQUIVALENT.assemble(
            UNIT_E,
            StatPeriod.parse("2026-02"),
            List.of(electricity("286000", "daily-sum")),
            List.of(),
            null,
            true);
    assertExact("286000", energy(february, "3300").amount(), "February amount");
    assertExact("35.1494", energy(february, "3300").tce(), "February tce");
    assertEquals("daily-sum", energy(february, "3300").basis());
    assertEquals("35.149400", february.comprehensiveTce().toPlainString());

    Figures day =
        EQUIVALENT.assemble(
            UNIT_E,
            StatPeriod.parse("2026-02-10"),
            List.of(electricity("16000", "daily")),
            List.of(),
            null,
            false);
    assertExact("1.9664", day.comprehensiveTce(), "day 2026-02-10 tce");
  }

  private static FigureRows.Energy gasMonths(String consumed, String coefficient, String tce) {
    BigDecimal in = d(consumed);
    return new FigureRows.Energy(
        "1500",
        "天然气",
        "m³",
        "gas",
        in,
        BigDecimal.ZERO,
        d(coefficient),
        d(tce),
        d(tce),
        d(coefficient),
        d(tce),
        d(tce),
        "months",
        1,
        COMPUTED);
  }

  @Test
  void example_7_months_use_the_coefficient_in_force_on_their_first_day() {
    Figures june =
        EQUIVALENT.assemble(
            UNIT_F,
            StatPeriod.parse("2026-06"),
            List.of(gas("100000", "1.2150")),
            List.of(),
            null,
            true);
    assertExact("121.5", june.comprehensiveTce(), "June tce");
    assertExact("1.2150", energy(june, "1500").coefficient(), "June coefficient");
    Figures july =
        EQUIVALENT.assemble(
            UNIT_F,
            StatPeriod.parse("2026-07"),
            List.of(gas("100000", "1.1000")),
            List.of(),
            null,
            true);
    assertExact("110.0", july.comprehensiveTce(), "July tce");
    assertExact("1.1000", energy(july, "1500").coefficient(), "July coefficient");
  }

  @Test
  void example_7_quarter_and_year_state_the_effective_coefficient_given() {
    // FROM_MONTHS: Σ tce × 1000 ÷ Σ net
    Figures q2 =
        EQUIVALENT.assemble(
            UNIT_F,
            StatPeriod.parse("2026-Q2"),
            List.of(gasMonths("300000", "1.2150", "364.5")),
            List.of(),
            null,
            true);
    assertExact("364.5", q2.comprehensiveTce(), "Q2 tce");
    assertExact("1.2150", energy(q2, "1500").coefficient(), "Q2 stated coefficient");

    Figures q3 =
        EQUIVALENT.assemble(
            UNIT_F,
            StatPeriod.parse("2026-Q3"),
            List.of(gasMonths("300000", "1.1000", "330.0")),
            List.of(),
            null,
            true);
    assertExact("330.0", q3.comprehensiveTce(), "Q3 tce");
    assertExact("1.1000", energy(q3, "1500").coefficient(), "Q3 stated coefficient");
    assertEquals("quarter", q3.periodType());
    assertEquals(LocalDate.of(2026, 7, 1), q3.from());
    assertEquals(LocalDate.of(2026, 9, 30), q3.to());

    Figures year =
        EQUIVALENT.assemble(
            UNIT_F,
            StatPeriod.parse("2026"),
            List.of(gasMonths("1200000", "1.1575", "1389.0")),
            List.of(),
            null,
            true);
    assertExact("1389.0", year.comprehensiveTce(), "year tce");
    assertExact("1.1575", energy(year, "1500").coefficient(), "year stated coefficient");
    assertExact("1200000", energy(year, "1500").amount(), "year amount");
    assertEquals("months", energy(year, "1500").basis());
    assertEquals("year", year.periodType());
    assertEquals(LocalDate.of(2026, 12, 31), year.to());
  }

  @Test
  void a_unit_without_rows_has_no_units_and_zero_consumption() {
    Figures f = EQUIVALENT.assemble(UNIT_A, MARCH, List.of(), List.of(), null, false);
    assertEquals(0, f.units());
    assertExact("0", f.comprehensiveTce(), "comprehensive");
    assertTrue(f.mix().isEmpty());
    assertNull(f.computedAt());
  }

  @Test
  void computed_at_is_the_latest_of_the_rows() {
    FigureRows.Energy later =
        new FigureRows.Energy(
            "1500",
            "天然气",
            "m³",
            "gas",
            d("1"),
            d("0"),
            d(GAS_K),
            d("0.001215"),
            d("0.001215"),
            d(GAS_K),
            d("0.001215"),
            d("0.001215"),
            "monthly",
            1,
            COMPUTED.plusSeconds(60));
    Figures f =
        EQUIVALENT.assemble(UNIT_A, MARCH, List.of(coal0104("1"), later), List.of(), null, false);
    assertEquals(COMPUTED.plusSeconds(60), f.computedAt());
  }
}
