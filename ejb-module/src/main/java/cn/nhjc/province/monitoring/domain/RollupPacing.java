package cn.nhjc.province.monitoring.domain;

/**
 * How many changed readings the next catch-up rollup cycle takes: as many as fit the target cycle
 * time at the rate of the cycle before, within bounds. Short catch-up cycles keep the wait of a
 * live change (which gets the next cycle) short; the bounds keep a slow cycle from shrinking the
 * batch to nothing and a fast one from taking the whole backlog at once.
 *
 * @param targetMillis the cycle time aimed at ({@code statistics.rollup-cycle-target-ms})
 * @param min the fewest changes a cycle takes ({@code statistics.rollup-batch-min})
 * @param max the most ({@code statistics.rollup-batch})
 */
public record RollupPacing(long targetMillis, int min, int max) {

  public RollupPacing {
    if (targetMillis < 1 || min < 1 || max < min) {
      throw new IllegalArgumentException(
          "rollup pacing needs a positive target and 1 ≤ min ≤ max, not "
              + targetMillis
              + " ms, "
              + min
              + ", "
              + max);
    }
  }

  /**
   * The next catch-up batch after a cycle that took {@code taken} changes in {@code millis}; a
   * cycle that found fewer changes than it asked for does not grow the batch beyond what it asked.
   */
  public int next(int asked, int taken, long millis) {
    if (taken <= 0) {
      return clamp(asked);
    }
    long fitting = Math.round((double) taken * targetMillis / Math.max(1, millis));
    if (taken < asked) {
      fitting = Math.min(fitting, asked);
    }
    return clamp(fitting);
  }

  private int clamp(long value) {
    return (int) Math.max(min, Math.min(max, value));
  }
}
