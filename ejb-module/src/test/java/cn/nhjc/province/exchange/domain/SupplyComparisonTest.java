package cn.nhjc.province.exchange.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupplyComparisonTest {
  private static final BigDecimal TOLERANCE = new BigDecimal("0.05");

  private static SupplyComparison of(String supplied, String reported) {
    return SupplyComparison.of(
        supplied == null ? null : new BigDecimal(supplied),
        reported == null ? null : new BigDecimal(reported),
        TOLERANCE);
  }

  @Test
  void difference_is_reported_minus_supplied_and_the_rate_is_relative_to_supplied() {
    SupplyComparison c = of("1000", "900");
    assertEquals(0, new BigDecimal("-100").compareTo(c.difference()));
    assertEquals(new BigDecimal("-0.100000"), c.differenceRate());
    assertTrue(c.flagged());
  }

  @Test
  void a_deviation_within_the_tolerance_is_not_flagged_and_the_bound_itself_is_within() {
    assertFalse(of("1000", "1049.99").flagged());
    assertFalse(of("1000", "1050").flagged(), "exactly 5 % is within the tolerance");
    assertTrue(of("1000", "1050.000001").flagged());
    assertFalse(of("1000", "950").flagged());
    assertTrue(of("1000", "949.999").flagged());
    assertEquals(new BigDecimal("0.050000"), of("1000", "1050").differenceRate());
  }

  @Test
  void the_flag_compares_the_exact_rate_not_the_rounded_one() {
    SupplyComparison c = of("3", "3.1500001");
    assertEquals(new BigDecimal("0.050000"), c.differenceRate());
    assertTrue(c.flagged());
  }

  @Test
  void zero_supply_has_no_rate_and_is_flagged_only_when_something_was_reported() {
    SupplyComparison reportedOnly = of(null, "500");
    assertEquals(0, BigDecimal.ZERO.compareTo(reportedOnly.supplied()));
    assertNull(reportedOnly.differenceRate());
    assertEquals(0, new BigDecimal("500").compareTo(reportedOnly.difference()));
    assertTrue(reportedOnly.flagged());

    SupplyComparison nothing = of("0", "0");
    assertNull(nothing.differenceRate());
    assertFalse(nothing.flagged());
  }

  @Test
  void a_unit_that_reported_nothing_deviates_by_minus_one_hundred_percent() {
    SupplyComparison c = of("800", null);
    assertEquals(new BigDecimal("-1.000000"), c.differenceRate());
    assertTrue(c.flagged());
  }

  @Test
  void sorts_unbounded_deviations_first_then_by_absolute_rate_and_zero_by_zero_last() {
    List<SupplyComparison> list =
        new ArrayList<>(
            List.of(
                of("0", "0"), of("100", "101"), of("100", "70"), of(null, "5"), of("100", "120")));
    list.sort(SupplyComparison.BY_DEVIATION);
    assertNull(list.get(0).differenceRate());
    assertEquals(new BigDecimal("-0.300000"), list.get(1).differenceRate());
    assertEquals(new BigDecimal("0.200000"), list.get(2).differenceRate());
    assertEquals(new BigDecimal("0.010000"), list.get(3).differenceRate());
    assertNull(list.get(4).differenceRate());
    assertFalse(list.get(4).flagged());
  }
}
