package cn.nhjc.province.conservation.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Year;
import java.time.YearMonth;

/**
 * A target prorated to date: the target × the share of the year's days in the months covered; the
 * share of time elapsed: the days of the year's complete months ÷ the year's days.
 */
public final class Proration {

  private Proration() {}

  /** Days of the year's first {@code months} months ÷ the days of the year. */
  public static BigDecimal elapsedShare(int year, int months) {
    int days = 0;
    for (int k = 1; k <= months; k++) {
      days += YearMonth.of(year, k).lengthOfMonth();
    }
    return BigDecimal.valueOf(days)
        .divide(BigDecimal.valueOf(Year.of(year).length()), MathContext.DECIMAL64);
  }

  /** The days of the covered months ÷ the days of the year. */
  public static BigDecimal coveredShare(int year, BigDecimal[] months) {
    int days = 0;
    for (int k = 0; k < 12; k++) {
      if (months[k] != null) {
        days += YearMonth.of(year, k + 1).lengthOfMonth();
      }
    }
    return BigDecimal.valueOf(days)
        .divide(BigDecimal.valueOf(Year.of(year).length()), MathContext.DECIMAL64);
  }

  /** The target × share, for a total target; an intensity target is not prorated. */
  public static BigDecimal expectedToDate(TargetKind kind, BigDecimal target, BigDecimal share) {
    return kind == TargetKind.INTENSITY ? target : target.multiply(share, MathContext.DECIMAL64);
  }
}
