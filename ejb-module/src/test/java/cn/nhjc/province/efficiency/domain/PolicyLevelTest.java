package cn.nhjc.province.efficiency.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** docs/efficiency.md, worked example 5: blast-furnace ironmaking against 361 / 435 kgce/t. */
class PolicyLevelTest {

  private static final BigDecimal BENCHMARK = new BigDecimal("361");
  private static final BigDecimal BASELINE = new BigDecimal("435");

  @Test
  void placesValuesAgainstBothLevels() {
    assertEquals(
        PolicyLevel.BENCHMARK, PolicyLevel.of(new BigDecimal("361.00"), BENCHMARK, BASELINE));
    assertEquals(
        PolicyLevel.BETWEEN, PolicyLevel.of(new BigDecimal("398.50"), BENCHMARK, BASELINE));
    assertEquals(
        PolicyLevel.BETWEEN, PolicyLevel.of(new BigDecimal("435.00"), BENCHMARK, BASELINE));
    assertEquals(
        PolicyLevel.BELOW_BASELINE, PolicyLevel.of(new BigDecimal("441.20"), BENCHMARK, BASELINE));
  }

  @Test
  void aMissingLevelPlacesOnlyWhatTheOtherDecides() {
    assertNull(PolicyLevel.of(new BigDecimal("400"), null, null));
    assertNull(PolicyLevel.of(new BigDecimal("400"), BENCHMARK, null));
    assertEquals(PolicyLevel.BENCHMARK, PolicyLevel.of(new BigDecimal("350"), BENCHMARK, null));
    assertEquals(PolicyLevel.BELOW_BASELINE, PolicyLevel.of(new BigDecimal("450"), null, BASELINE));
    assertNull(PolicyLevel.of(null, BENCHMARK, BASELINE));
  }
}
