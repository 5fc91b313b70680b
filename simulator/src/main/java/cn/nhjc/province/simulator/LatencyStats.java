package cn.nhjc.province.simulator;

import java.util.Arrays;

/** Percentiles of a set of measurements (nearest-rank). */
final class LatencyStats {

  private final long[] sorted;

  LatencyStats(long[] values) {
    this.sorted = values.clone();
    Arrays.sort(sorted);
  }

  /** The nearest-rank percentile, {@code p} in (0, 100]; 0 for no values. */
  long percentile(double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
  }

  long max() {
    return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
  }
}
