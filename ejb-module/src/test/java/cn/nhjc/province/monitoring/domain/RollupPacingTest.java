package cn.nhjc.province.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RollupPacingTest {

  private final RollupPacing pacing = new RollupPacing(1000, 50, 5000);

  @Test
  void aSlowCycleShrinksTheNextBatchToFitTheTarget() {
    // 1,536 changes in 3,345 ms: 459 fit a second
    assertEquals(459, pacing.next(5000, 1536, 3345));
  }

  @Test
  void aFastFullCycleGrowsItUpToTheMost() {
    assertEquals(800, pacing.next(400, 400, 500));
    assertEquals(5000, pacing.next(4000, 4000, 100));
  }

  @Test
  void aCycleThatFoundFewerChangesDoesNotGrowIt() {
    assertEquals(400, pacing.next(400, 30, 10));
  }

  @Test
  void theBatchStaysWithinItsBounds() {
    assertEquals(50, pacing.next(100, 100, 60_000));
    assertEquals(100, pacing.next(100, 0, 0));
    assertEquals(5000, pacing.next(9000, 0, 0));
  }

  @Test
  void impossibleBoundsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new RollupPacing(0, 1, 2));
    assertThrows(IllegalArgumentException.class, () -> new RollupPacing(1000, 10, 5));
  }
}
