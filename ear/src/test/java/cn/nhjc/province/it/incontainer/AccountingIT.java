package cn.nhjc.province.it.incontainer;

import static cn.nhjc.province.it.incontainer.AccountingFixture.energy;
import static cn.nhjc.province.it.incontainer.AccountingFixture.grades;
import static cn.nhjc.province.it.incontainer.AccountingFixture.number;
import static cn.nhjc.province.it.incontainer.AccountingFixture.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.monitoring.application.PeriodClosing;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The worked examples of docs/accounting.md, through the real path: readings stored as the intake
 * consumer stores them, rollups taken up by the live cycle, figures read from the statistics API as
 * a province official reads them. Each example has a year of its own far in the future, so that the
 * region figures of that year hold the example's units only.
 */
@ExtendWith(ArquillianExtension.class)
class AccountingIT {

  private static final String COAL = "00-00-0000-010104-11";
  private static final String RAW_COAL = "00-00-0000-010100-11";
  private static final String COAL_BOUGHT = "00-00-0000-010104-10";
  private static final String POWER = "00-00-0000-023300-11";
  private static final String PROCESS_POWER = "01-00-0000-023300-11";
  private static final String GAS = "00-00-0000-011500-11";
  private static final String HEAT_OUT = "00-00-0000-023200-30";
  private static final String CLINKER = "00-00-0000-040001-00";
  private static final String OUTPUT_VALUE = "00-00-0000-090001-00";
  private static final String VALUE_ADDED = "00-00-0000-090002-00";
  private static final String COUNTY = "130203";

  @Deployment
  static EnterpriseArchive deployment() {
    return cn.nhjc.province.it.Deployments.platformWithTests();
  }

  private final AdminApi api = new AdminApi("prov.official", "Prov#Energy2026");
  private AccountingFixture fixture;

  @BeforeEach
  void lookUpTheIntake() throws Exception {
    fixture = new AccountingFixture();
  }

  @Test
  void example_1_and_3_coal_electricity_gas_under_both_conventions() throws Exception {
    String a = unitA("2091-03-01 00:00:00");
    JsonObject figures = api.object("/api/v1/statistics/units/" + a + "?period=2091-03");
    assertEquals("equivalent", figures.getString("electricityConvention"));
    assertDecimal("857.16", number(energy(figures, "0104"), "tce"));
    assertDecimal("1200000", number(energy(figures, "0104"), "amount"));
    assertDecimal("430.15", number(energy(figures, "3300"), "tce"));
    assertDecimal("3500000", number(energy(figures, "3300"), "amount"));
    assertDecimal("0.1229", number(energy(figures, "3300"), "coefficient"));
    assertDecimal("243.00", number(energy(figures, "1500"), "tce"));
    assertDecimal("1530.31", number(figures, "comprehensiveTce"));
    assertEquals("1530.310000", figures.getJsonNumber("comprehensiveTce").toString());
    assertDecimal("0.5601", number(energy(figures, "0104"), "share"));
    assertDecimal("0.2811", number(energy(figures, "3300"), "share"));
    assertDecimal("0.1588", number(energy(figures, "1500"), "share"));
    assertEquals("monthly", energy(figures, "3300").getString("basis"));

    JsonObject equal =
        api.object("/api/v1/statistics/units/" + a + "?period=2091-03&convention=equal-value");
    assertEquals("等价值", equal.getString("electricityConventionLabel"));
    assertDecimal("1050.00", number(energy(equal, "3300"), "tce"));
    assertDecimal("2150.16", number(equal, "comprehensiveTce"));
    assertDecimal("1530.31", number(equal, "comprehensiveTceEquivalent"));
    assertDecimal(
        "619.85",
        number(equal, "comprehensiveTceEqualValue")
            .subtract(number(equal, "comprehensiveTceEquivalent")));
    assertDecimal("0.3986", number(energy(equal, "0104"), "share"));
    assertDecimal("0.4883", number(energy(equal, "3300"), "share"));
    assertDecimal("0.1130", number(energy(equal, "1500"), "share"));
  }

  @Test
  void example_2_heat_sent_out_is_subtracted() throws Exception {
    String b = fixture.unit(COUNTY, "D4412");
    fixture.items(b, COAL + ":2", POWER + ":2", HEAT_OUT + ":2");
    String month = "2092-01-01 00:00:00";
    fixture.store(
        b,
        Instant.now(),
        value(COAL, 2, month, "10000000"),
        value(POWER, 2, month, "500000"),
        value(HEAT_OUT, 2, month, "50000000"));
    fixture.awaitRollups(b);
    JsonObject figures = api.object("/api/v1/statistics/units/" + b + "?period=2092-01");
    JsonObject heat = energy(figures, "3200");
    assertDecimal("0", number(heat, "consumed"));
    assertDecimal("50000000", number(heat, "sentOut"));
    assertDecimal("-50000000", number(heat, "amount"));
    assertDecimal("-1706.00", number(heat, "tce"));
    assertDecimal("5498.45", number(figures, "comprehensiveTce"));
    assertDecimal("0.9915", number(energy(figures, "0104"), "share"));
    assertDecimal("0.0085", number(energy(figures, "3300"), "share"));
  }

  @Test
  void example_4_clinker_is_graded_against_its_limit_standard() throws Exception {
    String c = cementPlant("2094-04-01 00:00:00", "100000");
    JsonObject figures = api.object("/api/v1/statistics/units/" + c + "?period=2094-04");
    assertDecimal("10577.83", number(figures, "comprehensiveTce"));
    assertGrade(figures, "cement-clinker-energy", "105.78", "2");
    assertGrade(figures, "cement-clinker-electricity", "47.00", "1");
    JsonObject equal =
        api.object("/api/v1/statistics/units/" + c + "?period=2094-04&convention=equal-value");
    assertGrade(equal, "cement-clinker-energy", "114.10", "3");

    String smaller = cementPlant("2094-04-01 00:00:00", "90000");
    JsonObject over = api.object("/api/v1/statistics/units/" + smaller + "?period=2094-04");
    assertGrade(over, "cement-clinker-energy", "117.53", "over-limit");
    assertGrade(over, "cement-clinker-electricity", "52.22", "2");
  }

  @Test
  void example_5_intensity_of_a_region_counts_only_units_that_reported_value_added()
      throws Exception {
    String month = "2095-03-01 00:00:00";
    String a = unitA(month);
    String d = fixture.unit(COUNTY, "C3011");
    fixture.items(d, RAW_COAL + ":2", OUTPUT_VALUE + ":2");
    fixture.store(
        d,
        Instant.now(),
        value(RAW_COAL, 2, month, "700000"),
        value(OUTPUT_VALUE, 2, month, "1000"));
    fixture.awaitRollups(a, d);

    JsonObject unitA = api.object("/api/v1/statistics/units/" + a + "?period=2095-03");
    assertDecimal("0.7652", number(unitA, "intensityPerValueAdded"));
    assertDecimal("0.1913", number(unitA, "intensityPerOutputValue"));
    JsonObject unitD = api.object("/api/v1/statistics/units/" + d + "?period=2095-03");
    assertDecimal("500.01", number(unitD, "comprehensiveTce"));

    JsonObject region = api.object("/api/v1/statistics/regions/" + COUNTY + "?period=2095-03");
    assertEquals(2, region.getInt("units"));
    assertDecimal("2030.32", number(region, "comprehensiveTce"));
    assertDecimal("0.7652", number(region, "intensityPerValueAdded"));
    assertDecimal("0.2256", number(region, "intensityPerOutputValue"));
    assertDecimal("9000", number(region, "outputValue"));
    JsonObject city = api.object("/api/v1/statistics/regions/130200?period=2095-03");
    assertDecimal("2030.32", number(city, "comprehensiveTce"));
    JsonObject industry = api.object("/api/v1/statistics/industries/C30?period=2095-03");
    assertDecimal("2030.32", number(industry, "comprehensiveTce"));
  }

  @Test
  void example_6_a_late_correction_of_a_closed_month_updates_every_period_above_it()
      throws Exception {
    String e = fixture.unit(COUNTY, "C3011");
    fixture.items(e, POWER + ":1", POWER + ":2");
    Instant sent = Instant.parse("2026-05-01T00:00:00Z");
    fixture.store(
        e,
        sent,
        value(POWER, 2, "2096-01-01 00:00:00", "300000"),
        value(POWER, 2, "2096-03-01 00:00:00", "310000"),
        value(POWER, 2, "2096-04-01 00:00:00", "320000"));
    for (int day = 1; day <= 28; day++) {
      fixture.store(e, sent, value(POWER, 1, String.format("2096-02-%02d 00:00:00", day), "10000"));
    }
    fixture.awaitRollups(e);
    assertUnitTce(e, "2096-02-10", "1.229");
    assertUnitTce(e, "2096-02", "34.412");
    assertUnitTce(e, "2096-Q1", "109.381");
    assertUnitTce(e, "2096", "148.709");
    PeriodClosing closing =
        (PeriodClosing)
            new InitialContext().lookup("java:global/platform/ejb-module/PeriodClosing");
    closing.close(StatPeriod.parse("2096-02"), 0);

    fixture.store(e, sent.plusSeconds(3600), value(POWER, 1, "2096-02-10 00:00:00", "16000"));
    fixture.awaitRollups(e);

    assertUnitTce(e, "2096-02-10", "1.9664");
    JsonObject february = api.object("/api/v1/statistics/units/" + e + "?period=2096-02");
    assertDecimal("35.1494", number(february, "comprehensiveTce"));
    assertDecimal("286000", number(energy(february, "3300"), "amount"));
    assertEquals("daily-sum", energy(february, "3300").getString("basis"));
    assertTrue(february.getBoolean("closed"));
    assertUnitTce(e, "2096-Q1", "110.1184");
    assertUnitTce(e, "2096", "149.4464");
    JsonObject province = api.object("/api/v1/statistics/regions/130000?period=2096-02");
    assertDecimal("35.1494", number(province, "comprehensiveTce"));
    long unitId = AccountingFixture.unitId(e);
    assertEquals(
        1,
        ServerDatabase.count(
            "select count(*) from reading_revision where value = 10000 and unit_id = " + unitId));
    assertEquals(
        1,
        ServerDatabase.count(
            "select count(*) from period_close where period_type = 'M'"
                + " and period_start = date '2096-02-01' and revised_at is not null"));
  }

  @Test
  void example_7_a_coefficient_revision_applies_from_its_first_day_only() throws Exception {
    ServerDatabase.count(
        "with r as (insert into energy_coefficient (energy_type_code, kgce_per_unit, valid_from,"
            + " source) values ('1500', 1.1000, date '2097-07-01', 'AccountingIT example 7')"
            + " on conflict do nothing returning 1) select count(*) from r");
    String f = fixture.unit(COUNTY, "C3011");
    fixture.items(f, GAS + ":2");
    for (int month = 1; month <= 12; month++) {
      fixture.store(
          f, Instant.now(), value(GAS, 2, String.format("2097-%02d-01 00:00:00", month), "100000"));
    }
    fixture.awaitRollups(f);
    assertGas(f, "2097-06", "121.5", "1.2150");
    assertGas(f, "2097-07", "110.0", "1.1000");
    assertGas(f, "2097-Q3", "330.0", "1.1000");
    assertGas(f, "2097", "1389.0", "1.1575");
  }

  /** Unit A of examples 1, 3 and 5 in the month given. */
  private String unitA(String month) throws Exception {
    String a = fixture.unit(COUNTY, "C3011");
    fixture.items(
        a,
        COAL + ":2",
        POWER + ":2",
        GAS + ":2",
        COAL_BOUGHT + ":2",
        PROCESS_POWER + ":2",
        OUTPUT_VALUE + ":2",
        VALUE_ADDED + ":2");
    fixture.store(
        a,
        Instant.now(),
        value(COAL, 2, month, "1200000"),
        value(POWER, 2, month, "3500000"),
        value(GAS, 2, month, "200000"),
        value(COAL_BOUGHT, 2, month, "1500000"),
        value(PROCESS_POWER, 2, month, "2100000"),
        value(OUTPUT_VALUE, 2, month, "8000"),
        value(VALUE_ADDED, 2, month, "2000"));
    fixture.awaitRollups(a);
    return a;
  }

  private String cementPlant(String month, String clinker) throws Exception {
    String c = fixture.unit(COUNTY, "C3011");
    fixture.items(c, COAL + ":2", POWER + ":2", CLINKER + ":2");
    fixture.store(
        c,
        Instant.now(),
        value(COAL, 2, month, "14000000"),
        value(POWER, 2, month, "4700000"),
        value(CLINKER, 2, month, clinker));
    fixture.awaitRollups(c);
    return c;
  }

  private void assertUnitTce(String creditCode, String period, String tce) throws Exception {
    JsonObject figures = api.object("/api/v1/statistics/units/" + creditCode + "?period=" + period);
    assertDecimal(tce, number(figures, "comprehensiveTce"));
  }

  private void assertGas(String creditCode, String period, String tce, String coefficient)
      throws Exception {
    JsonObject gas =
        energy(api.object("/api/v1/statistics/units/" + creditCode + "?period=" + period), "1500");
    assertDecimal(tce, number(gas, "tce"));
    assertDecimal(coefficient, number(gas, "coefficient"));
  }

  private static void assertGrade(JsonObject figures, String standard, String value, String grade) {
    List<JsonObject> grades = grades(figures, "0001");
    JsonObject entry =
        grades.stream()
            .filter(g -> g.getString("limitStandard").equals(standard))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no grade " + standard + " in " + figures));
    assertDecimal(value, number(entry, "value"));
    assertEquals(grade, entry.getString("grade"));
  }

  private static void assertDecimal(String expected, BigDecimal actual) {
    assertEquals(
        0,
        new BigDecimal(expected).compareTo(actual),
        () -> "expected " + expected + ", got " + actual.toPlainString());
  }
}
