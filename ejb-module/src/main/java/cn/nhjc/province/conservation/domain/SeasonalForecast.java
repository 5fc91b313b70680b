package cn.nhjc.province.conservation.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;

/**
 * The year-end projection of a holder's consumption (or value added) from the months of the year it
 * covers: the seasonal profile of its complete past years, applied to the months to date.
 *
 * <p>Weight of month k: the mean over the past years of (month k ÷ the year's total); with no
 * complete past year, the calendar: days of month k ÷ days of the year. With C the months covered
 * and S = Σ<sub>k∈C</sub> weight<sub>k</sub>, the projection is Σ<sub>k∈C</sub> value<sub>k</sub> ÷
 * S, the whole year exactly when all twelve are covered. The interval is the projection ± the share
 * of it that the setting gives for |C| months (the back-test's errors, docs/conservation.md).
 * docs/conservation.md works an example.
 */
public final class SeasonalForecast {

  static final MathContext MC = MathContext.DECIMAL64;

  private SeasonalForecast() {}

  /**
   * @param value the projected year total; {@code null} when no month is covered
   * @param low the interval's lower end
   * @param high its upper end
   * @param toDate the covered months' sum
   * @param coveredShare S, the weight of the covered months
   * @param months how many months are covered
   * @param seasonal whether past years gave the profile (otherwise calendar days)
   */
  public record Projection(
      BigDecimal value,
      BigDecimal low,
      BigDecimal high,
      BigDecimal toDate,
      BigDecimal coveredShare,
      int months,
      boolean seasonal) {}

  /**
   * The profile: weights of months 1 … 12 summing to 1.
   *
   * @param pastYears complete past years, twelve monthly values each, none null, total positive
   */
  public static BigDecimal[] profile(int year, List<BigDecimal[]> pastYears) {
    BigDecimal[] weights = new BigDecimal[12];
    List<BigDecimal[]> usable =
        pastYears.stream().filter(past -> total(past).signum() > 0).toList();
    if (usable.isEmpty()) {
      BigDecimal days = BigDecimal.valueOf(Year.of(year).length());
      for (int k = 0; k < 12; k++) {
        weights[k] = BigDecimal.valueOf(YearMonth.of(year, k + 1).lengthOfMonth()).divide(days, MC);
      }
      return weights;
    }
    for (int k = 0; k < 12; k++) {
      BigDecimal sum = BigDecimal.ZERO;
      for (BigDecimal[] past : usable) {
        sum = sum.add(past[k].divide(total(past), MC), MC);
      }
      weights[k] = sum.divide(BigDecimal.valueOf(usable.size()), MC);
    }
    return weights;
  }

  /**
   * @param months the year's monthly values, index 0 = January; {@code null} for a month not
   *     covered (not complete yet, or no data)
   * @param pastYears complete past years for the profile (may be empty)
   * @param interval half-widths by months covered, index 0 = one month covered
   */
  public static Projection project(
      int year, BigDecimal[] months, List<BigDecimal[]> pastYears, BigDecimal[] interval) {
    BigDecimal[] weights = profile(year, pastYears);
    boolean seasonal = pastYears.stream().anyMatch(past -> total(past).signum() > 0);
    BigDecimal toDate = BigDecimal.ZERO;
    BigDecimal share = BigDecimal.ZERO;
    int covered = 0;
    for (int k = 0; k < 12; k++) {
      if (months[k] != null) {
        toDate = toDate.add(months[k]);
        share = share.add(weights[k], MC);
        covered++;
      }
    }
    if (covered == 0 || share.signum() == 0) {
      return new Projection(null, null, null, toDate, BigDecimal.ZERO, 0, seasonal);
    }
    BigDecimal value = covered == 12 ? toDate : toDate.divide(share, MC);
    BigDecimal half = value.multiply(interval[Math.min(covered, interval.length) - 1], MC);
    return new Projection(
        value, value.subtract(half, MC), value.add(half, MC), toDate, share, covered, seasonal);
  }

  /** Rounds a figure for showing and storing: {@code scale} decimals, half up. */
  public static BigDecimal round(BigDecimal value, int scale) {
    return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
  }

  private static BigDecimal total(BigDecimal[] year) {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal month : year) {
      if (month == null) {
        return BigDecimal.ZERO;
      }
      sum = sum.add(month);
    }
    return sum;
  }
}
