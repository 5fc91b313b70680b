package cn.nhjc.province.exchange.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;

/**
 * A unit's reported purchases of one energy type in one month against what its suppliers say they
 * delivered. The difference rate is (reported − supplied) ÷ supplied; it has no value when nothing
 * was supplied, and such a unit is flagged as soon as it reported anything (an unbounded rate).
 *
 * @param differenceRate rounded to 6 decimals; {@code null} when supplied is 0
 * @param flagged whether |rate| exceeds the tolerance (compared exactly, before rounding)
 */
public record SupplyComparison(
    BigDecimal supplied,
    BigDecimal reported,
    BigDecimal difference,
    BigDecimal differenceRate,
    boolean flagged) {
  private static final int RATE_SCALE = 6;

  /** Largest |rate| first; an unbounded one before all, 0 ÷ 0 last. */
  public static final Comparator<SupplyComparison> BY_DEVIATION =
      Comparator.comparingInt(SupplyComparison::rank)
          .thenComparing(
              c -> c.differenceRate() == null ? BigDecimal.ZERO : c.differenceRate().abs(),
              Comparator.reverseOrder());

  /**
   * @param supplied what the suppliers delivered ({@code null} = nothing)
   * @param reported what the unit reported ({@code null} = nothing)
   * @param tolerance the largest |rate| that is not flagged, e.g. 0.05
   */
  public static SupplyComparison of(
      BigDecimal supplied, BigDecimal reported, BigDecimal tolerance) {
    BigDecimal s = supplied == null ? BigDecimal.ZERO : supplied;
    BigDecimal r = reported == null ? BigDecimal.ZERO : reported;
    BigDecimal difference = r.subtract(s);
    if (s.signum() == 0) {
      return new SupplyComparison(s, r, difference, null, difference.signum() != 0);
    }
    BigDecimal rate = difference.divide(s, RATE_SCALE, RoundingMode.HALF_UP);
    boolean flagged = difference.abs().compareTo(tolerance.multiply(s.abs())) > 0;
    return new SupplyComparison(s, r, difference, rate, flagged);
  }

  private int rank() {
    if (differenceRate != null) {
      return 1;
    }
    return difference.signum() != 0 ? 0 : 2;
  }
}
