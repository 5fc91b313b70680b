package cn.nhjc.province.monitoring.domain;

/**
 * Whether the catch-up rollup cycles wait for the catch-up intake. While the intake's catch-up lane
 * keeps storing batches (a backlog of old days, 补传), catch-up cycles would take cores from the
 * storing, recomputing each unit's month, quarter and year again for every few of its days as they
 * arrive. So the catch-up cycles wait while the lane is busy, up to {@code maxMillis} ({@code
 * statistics.rollup-yield-ms}) at a time; then one catch-up cycle runs and the next wait begins.
 * Live changes are never held back: they have cycles of their own. Not thread safe: the scheduler's
 * one thread asks.
 */
public final class CatchUpYield {

  private final long maxMillis;
  private final long quietMillis;
  private long seenBatches = -1;
  private boolean moved;
  private long movedAt;
  private boolean waiting;
  private long waitingSince;

  /**
   * @param maxMillis the longest one wait lasts; 0 or less: never wait
   * @param quietMillis how long the lane must have stored nothing to count as idle
   */
  public CatchUpYield(long maxMillis, long quietMillis) {
    this.maxMillis = maxMillis;
    this.quietMillis = quietMillis;
  }

  /** What the next rollup cycle may take. */
  public enum Turn {
    /** The catch-up lane is idle (or waiting is off): cycles take turns as usual. */
    FREE,
    /** The catch-up lane is storing: live changes only. */
    LIVE_ONLY,
    /** The lane is still storing, but the wait has lasted its longest: one catch-up cycle now. */
    CATCH_UP
  }

  /**
   * @param batchesStored the batches the catch-up lane has stored so far (a count that only grows)
   * @param nowMillis the time of asking
   * @return what the next cycle may take
   */
  public Turn turn(long batchesStored, long nowMillis) {
    if (seenBatches >= 0 && batchesStored != seenBatches) {
      moved = true;
      movedAt = nowMillis;
    }
    boolean busy = moved && nowMillis - movedAt < quietMillis;
    seenBatches = batchesStored;
    if (!busy || maxMillis <= 0) {
      waiting = false;
      return Turn.FREE;
    }
    if (!waiting) {
      waiting = true;
      waitingSince = nowMillis;
    }
    if (nowMillis - waitingSince >= maxMillis) {
      // one catch-up cycle now; the next wait starts after it
      waiting = false;
      return Turn.CATCH_UP;
    }
    return Turn.LIVE_ONLY;
  }

  /** The longest one wait lasts. */
  public long maxMillis() {
    return maxMillis;
  }
}
