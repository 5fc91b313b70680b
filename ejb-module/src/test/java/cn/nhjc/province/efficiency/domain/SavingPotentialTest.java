package cn.nhjc.province.efficiency.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** docs/efficiency.md, worked example 4: the saving at the advanced value. */
class SavingPotentialTest {

  @Test
  void kgcePerTonne() {
    assertEquals(
        new BigDecimal("1200.000000"),
        SavingPotential.tce(
            new BigDecimal("112.00"),
            new BigDecimal("100"),
            new BigDecimal("100000"),
            "kgce",
            null));
  }

  @Test
  void kwhPerTonneIsConvertedWithTheElectricityCoefficient() {
    assertEquals(
        new BigDecimal("393.280000"),
        SavingPotential.tce(
            new BigDecimal("80.00"),
            new BigDecimal("48"),
            new BigDecimal("100000"),
            "kWh",
            new BigDecimal("0.1229")));
  }

  @Test
  void gramsPerKwh() {
    // 290 gce/kWh against 268 over 500 million kWh: 22 × 5e8 g = 11,000 tce
    assertEquals(
        new BigDecimal("11000.000000"),
        SavingPotential.tce(
            new BigDecimal("290"),
            new BigDecimal("268"),
            new BigDecimal("500000000"),
            "gce",
            null));
  }

  @Test
  void atOrBelowTheAdvancedValueNothingIsSaved() {
    assertEquals(
        new BigDecimal("0.000000"),
        SavingPotential.tce(
            new BigDecimal("98"), new BigDecimal("100"), new BigDecimal("1000"), "kgce", null));
    assertNull(SavingPotential.tce(null, BigDecimal.ONE, BigDecimal.ONE, "kgce", null));
    assertEquals(
        new BigDecimal("12.00"),
        SavingPotential.distance(new BigDecimal("112.00"), new BigDecimal("100")));
  }
}
