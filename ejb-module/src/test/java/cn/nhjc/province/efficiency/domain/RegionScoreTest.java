package cn.nhjc.province.efficiency.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** docs/efficiency.md, worked example 6: a city's score and the watch rule. */
class RegionScoreTest {

  private static final RegionScore DEFAULT = RegionScore.of("40,20,20,20", "0.10");

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @Test
  void example6WeightedMeanOfTheFourParts() {
    // intensity −4 %: 0.5 + 0.04 ÷ 0.2 = 0.7; 3 of 10 graded at grade 1; 1 of 10 past the limit;
    // 18 of 20 units complete: 100 × (40 × 0.7 + 20 × 0.3 + 20 × 0.9 + 20 × 0.9) ÷ 100 = 70.00
    assertEquals(d("0.7000000000"), DEFAULT.intensityPart(d("-0.04")));
    assertEquals(d("70.00"), DEFAULT.score(d("-0.04"), d("0.3"), d("0.1"), d("0.9")));
  }

  @Test
  void theIntensityPartIsKeptWithinZeroAndOne() {
    assertEquals(BigDecimal.ONE, DEFAULT.intensityPart(d("-0.25")));
    assertEquals(BigDecimal.ZERO, DEFAULT.intensityPart(d("0.12")).stripTrailingZeros());
    assertEquals(0, d("0.5").compareTo(DEFAULT.intensityPart(BigDecimal.ZERO)));
  }

  @Test
  void aPartWithoutDataIsLeftOutWithItsWeight() {
    // no graded indicator: 100 × (40 × 0.7 + 20 × 0.9) ÷ 60 = 76.67
    assertEquals(d("76.67"), DEFAULT.score(d("-0.04"), null, null, d("0.9")));
    assertNull(DEFAULT.score(null, null, null, null));
  }

  @Test
  void risingForTwoQuartersInARow() {
    assertTrue(RegionScore.risingFor(Arrays.asList(d("0.9"), d("0.8"), d("0.85"), d("0.86")), 2));
    assertFalse(RegionScore.risingFor(Arrays.asList(d("0.8"), d("0.85"), d("0.85")), 2));
    assertFalse(RegionScore.risingFor(Arrays.asList(null, d("0.85"), d("0.9")), 2));
    assertFalse(RegionScore.risingFor(Arrays.asList(d("0.8"), d("0.9")), 2));
    assertFalse(RegionScore.risingFor(Arrays.asList(d("0.8"), d("0.9"), d("1.0")), 0));
  }

  @Test
  void badSettingsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> RegionScore.of("40,20,20", "0.1"));
    assertThrows(IllegalArgumentException.class, () -> RegionScore.of("40,20,20,-1", "0.1"));
    assertThrows(IllegalArgumentException.class, () -> RegionScore.of("40,20,20,20", "0"));
  }
}
