package cn.nhjc.province.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IndicatorsTest {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  /** Exact scale and value: {@code assertEquals} on BigDecimal compares both. */
  private static void assertServed(String expected, BigDecimal actual) {
    assertEquals(d(expected), actual);
  }

  @Test
  void tce_is_served_with_six_decimals() {
    assertServed("1530.310000", Indicators.tce(d("1530.31")));
    assertEquals("1530.310000", Indicators.tce(d("1530.31")).toPlainString());
    assertServed("-1706.000000", Indicators.tce(d("-1706.00000")));
  }

  @Test
  void tce_rounds_half_up_at_the_sixth_decimal() {
    assertServed("0.000001", Indicators.tce(d("0.0000005")));
    assertServed("0.000000", Indicators.tce(d("0.00000049")));
    assertServed("1.966400", Indicators.tce(d("1.9664")));
  }

  @Test
  void tce_of_nothing_is_nothing() {
    assertNull(Indicators.tce(null));
  }

  @Test
  void shares_have_four_decimals_rounded_half_up() {
    assertServed("0.5601", Indicators.share(d("857.16"), d("1530.31")));
    assertServed("0.3333", Indicators.share(d("1"), d("3")));
    assertServed("0.6667", Indicators.share(d("2"), d("3")));
    assertServed("0.0001", Indicators.share(d("0.00005"), d("1")));
    assertServed("0.0000", Indicators.share(d("0.000049"), d("1")));
    assertServed("1.0000", Indicators.share(d("7"), d("7")));
  }

  @Test
  void a_share_of_a_zero_negative_or_missing_whole_is_null() {
    assertNull(Indicators.share(d("1"), BigDecimal.ZERO));
    assertNull(Indicators.share(d("1"), d("-5")));
    assertNull(Indicators.share(d("1"), null));
    assertNull(Indicators.share(null, d("5")));
  }

  @Test
  void intensity_is_tce_per_indicator_with_four_decimals_rounded_half_up() {
    // 1530.31 ÷ 2000 = 0.765155; 1530.31 ÷ 8000 = 0.19128875 (docs/accounting.md, example 5)
    assertServed("0.7652", Indicators.intensity(d("1530.31"), d("2000")));
    assertServed("0.1913", Indicators.intensity(d("1530.31"), d("8000")));
    assertServed("0.0001", Indicators.intensity(d("0.5"), d("10000")));
  }

  @Test
  void intensity_without_a_positive_indicator_is_null() {
    assertNull(Indicators.intensity(d("1530.31"), BigDecimal.ZERO));
    assertNull(Indicators.intensity(d("1530.31"), d("-2000")));
    assertNull(Indicators.intensity(d("1530.31"), null));
    assertNull(Indicators.intensity(null, d("2000")));
  }

  @Test
  void comprehensive_unit_product_in_kgce_is_tce_times_a_thousand_over_output() {
    // 10,577.83 tce = 10,577,830 kgce ÷ 100,000 t = 105.7783 → 105.78
    assertServed(
        "105.78",
        Indicators.unitProduct("comprehensive", "kgce", d("10577.83"), null, d("100000")));
    // ÷ 90,000 t = 117.5314… → 117.53
    assertServed(
        "117.53", Indicators.unitProduct("comprehensive", "kgce", d("10577.83"), null, d("90000")));
  }

  @Test
  void comprehensive_unit_product_in_gce_is_tce_times_a_million_over_output() {
    // 2,760 tce over 10,000,000 kWh = 2,760,000,000 gce ÷ 10,000,000 = 276 gce/kWh
    assertServed(
        "276.00", Indicators.unitProduct("comprehensive", "gce", d("2760"), null, d("10000000")));
    assertServed(
        "0.10", Indicators.unitProduct("comprehensive", "gce", d("0.0000001"), null, d("1")));
  }

  @Test
  void electricity_unit_product_is_kwh_over_output() {
    assertServed(
        "47.00",
        Indicators.unitProduct("electricity", "kWh", d("10577.83"), d("4700000"), d("100000")));
    assertServed(
        "52.22",
        Indicators.unitProduct("electricity", "kWh", d("10577.83"), d("4700000"), d("90000")));
  }

  @Test
  void unit_product_rounds_half_up_at_two_decimals() {
    assertServed("0.13", Indicators.unitProduct("electricity", "kWh", null, d("0.125"), d("1")));
    assertServed("0.12", Indicators.unitProduct("electricity", "kWh", null, d("0.1249"), d("1")));
    assertServed(
        "-29.50", Indicators.unitProduct("comprehensive", "kgce", d("-0.0295"), null, d("1")));
  }

  @Test
  void unit_product_without_a_positive_output_is_null() {
    assertNull(Indicators.unitProduct("comprehensive", "kgce", d("10"), null, BigDecimal.ZERO));
    assertNull(Indicators.unitProduct("comprehensive", "kgce", d("10"), null, d("-1")));
    assertNull(Indicators.unitProduct("comprehensive", "kgce", d("10"), null, null));
    assertNull(Indicators.unitProduct("electricity", "kWh", d("10"), d("100"), BigDecimal.ZERO));
  }

  @Test
  void an_unknown_basis_or_a_comprehensive_figure_in_kwh_is_refused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Indicators.unitProduct("output", "kgce", d("1"), d("1"), d("1")));
    assertThrows(
        IllegalArgumentException.class,
        () -> Indicators.unitProduct("comprehensive", "kWh", d("1"), d("1"), d("1")));
  }
}
