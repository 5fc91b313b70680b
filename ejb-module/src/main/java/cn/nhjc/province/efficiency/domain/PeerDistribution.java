package cn.nhjc.province.efficiency.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The distribution of one indicator among its peers (docs/efficiency.md, "Peer benchmarking"):
 * lower consumption is better, so the best value is the lowest. Quartiles and the median are
 * interpolated linearly between the sorted values (position {@code (n − 1) × p}, the method of
 * Excel's PERCENTILE.INC), rounded half up to {@value #SCALE} decimals.
 *
 * @param peers how many units the distribution holds
 * @param best the lowest value
 * @param worst the highest value
 */
public record PeerDistribution(
    int peers, BigDecimal best, BigDecimal q1, BigDecimal median, BigDecimal q3, BigDecimal worst) {

  /** Decimals of the quartiles and the median. */
  public static final int SCALE = 4;

  /** Decimals of a percentile. */
  public static final int PERCENTILE_SCALE = 2;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal HALF = new BigDecimal("0.5");

  /** The distribution of the values; {@code null} when there are none. */
  public static PeerDistribution of(List<BigDecimal> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<BigDecimal> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return new PeerDistribution(
        sorted.size(),
        sorted.get(0),
        quantile(sorted, new BigDecimal("0.25")),
        quantile(sorted, HALF),
        quantile(sorted, new BigDecimal("0.75")),
        sorted.get(sorted.size() - 1));
  }

  /** The p-quantile of sorted values, interpolated at position (n − 1) × p. */
  static BigDecimal quantile(List<BigDecimal> sorted, BigDecimal p) {
    BigDecimal position = BigDecimal.valueOf(sorted.size() - 1L).multiply(p);
    int low = position.setScale(0, RoundingMode.FLOOR).intValueExact();
    BigDecimal fraction = position.subtract(BigDecimal.valueOf(low));
    BigDecimal value = sorted.get(low);
    if (fraction.signum() > 0) {
      value = value.add(fraction.multiply(sorted.get(low + 1).subtract(value)));
    }
    return value.setScale(SCALE, RoundingMode.HALF_UP);
  }

  /**
   * A unit's percentile among its peers, lower consumption being better: the share of the other
   * peers whose value is higher (worse) than the unit's, an equal value counting half, in percent:
   * {@code 100 × (higher + equal ÷ 2) ÷ (n − 1)}, where {@code n} counts the unit itself and {@code
   * equal} the other peers with the same value. 100 is the best of the peers, 0 the worst.
   *
   * @param values the peers' values, the unit's own among them
   * @return {@code null} when the unit has no other peer
   */
  public static BigDecimal percentile(BigDecimal value, List<BigDecimal> values) {
    int n = values.size();
    if (n < 2) {
      return null;
    }
    int higher = 0;
    int equal = -1; // the unit's own value is among the values
    for (BigDecimal other : values) {
      int c = other.compareTo(value);
      if (c > 0) {
        higher++;
      } else if (c == 0) {
        equal++;
      }
    }
    BigDecimal score = BigDecimal.valueOf(higher).add(HALF.multiply(BigDecimal.valueOf(equal)));
    return HUNDRED
        .multiply(score)
        .divide(BigDecimal.valueOf(n - 1L), PERCENTILE_SCALE, RoundingMode.HALF_UP);
  }
}
