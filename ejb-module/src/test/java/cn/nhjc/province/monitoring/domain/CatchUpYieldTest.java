package cn.nhjc.province.monitoring.domain;

import static cn.nhjc.province.monitoring.domain.CatchUpYield.Turn.CATCH_UP;
import static cn.nhjc.province.monitoring.domain.CatchUpYield.Turn.FREE;
import static cn.nhjc.province.monitoring.domain.CatchUpYield.Turn.LIVE_ONLY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CatchUpYieldTest {

  private final CatchUpYield yield = new CatchUpYield(30_000, 1_000);

  @Test
  void anIdleLaneNeverHoldsTheCatchUpBack() {
    assertEquals(FREE, yield.turn(7, 1_000));
    assertEquals(FREE, yield.turn(7, 2_000));
    assertEquals(FREE, yield.turn(7, 60_000));
  }

  @Test
  void aLaneThatKeepsStoringHoldsItBackUpToTheLongestWaitThenLetsOneCatchUpCycleThrough() {
    assertEquals(FREE, yield.turn(0, 1_000)); // the first look only notes the count
    assertEquals(LIVE_ONLY, yield.turn(3, 1_500));
    assertEquals(LIVE_ONLY, yield.turn(9, 20_000));
    assertEquals(LIVE_ONLY, yield.turn(15, 31_400));
    assertEquals(CATCH_UP, yield.turn(16, 31_500)); // 30 s of waiting
    assertEquals(LIVE_ONLY, yield.turn(20, 32_600)); // and the next wait begins
    assertEquals(LIVE_ONLY, yield.turn(25, 61_000));
    assertEquals(CATCH_UP, yield.turn(26, 62_700));
  }

  @Test
  void theCatchUpGoesOnOnceTheLaneHasBeenQuietForTheQuietTime() {
    yield.turn(0, 0);
    assertEquals(LIVE_ONLY, yield.turn(4, 100));
    assertEquals(LIVE_ONLY, yield.turn(4, 900)); // stored 800 ms ago: still busy
    assertEquals(FREE, yield.turn(4, 1_100)); // nothing for a second
    assertEquals(LIVE_ONLY, yield.turn(5, 1_200)); // a new backlog: a new wait
  }

  @Test
  void aLongestWaitOfZeroTurnsTheWaitingOff() {
    CatchUpYield off = new CatchUpYield(0, 1_000);
    off.turn(0, 0);
    assertEquals(FREE, off.turn(5, 100));
    assertEquals(FREE, off.turn(9, 200));
  }
}
