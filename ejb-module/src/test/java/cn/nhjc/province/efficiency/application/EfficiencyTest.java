package cn.nhjc.province.efficiency.application;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.nhjc.province.efficiency.application.EfficiencyViews.PolicySummary;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/efficiency.md, worked example 5: policy-level shares and the year-on-year change. */
class EfficiencyTest {

  private static Object[] unit(String output, String level) {
    // the columns of the benchmark's unit rows: output at 4, policy level at 6
    return new Object[] {"c", "n", "130200", null, new BigDecimal(output), null, level, true, null};
  }

  @Test
  void example5SharesOfUnitsAndOutputAtEachPolicyLevel() {
    PolicyLevels levels =
        new PolicyLevels(
            "2023",
            "steel-blast-furnace-ironmaking",
            new BigDecimal("361"),
            new BigDecimal("435"),
            null,
            "发改产业〔2023〕723号",
            "[S]");
    PolicySummary s =
        Efficiency.summary(
            levels,
            List.of(
                unit("400000", "benchmark"),
                unit("300000", "between"),
                unit("200000", "between"),
                unit("100000", "below-baseline")));
    assertAll(
        () -> assertEquals(4, s.units()),
        () -> assertEquals(1, s.atBenchmark()),
        () -> assertEquals(2, s.between()),
        () -> assertEquals(1, s.belowBaseline()),
        () -> assertEquals(0, s.unplaced()),
        () -> assertEquals(new BigDecimal("0.2500"), s.unitShareAtBenchmark()),
        () -> assertEquals(new BigDecimal("0.2500"), s.unitShareBelowBaseline()),
        () -> assertEquals(new BigDecimal("0.4000"), s.outputShareAtBenchmark()),
        () -> assertEquals(new BigDecimal("0.1000"), s.outputShareBelowBaseline()));
  }

  @Test
  void yearOnYearChangeIsAgainstTheEarlierMagnitude() {
    assertEquals(
        new BigDecimal("-0.0345"),
        Efficiency.yearOnYear(new BigDecimal("112.00"), new BigDecimal("116.00")));
    // a recovering process: from −25 to −30 kgce/t is a fall of 20 % of the magnitude
    assertEquals(
        new BigDecimal("-0.2000"),
        Efficiency.yearOnYear(new BigDecimal("-30"), new BigDecimal("-25")));
    assertNull(Efficiency.yearOnYear(new BigDecimal("1"), null));
    assertNull(Efficiency.yearOnYear(new BigDecimal("1"), BigDecimal.ZERO));
  }
}
