package cn.nhjc.province.web.common;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The periods a statistics page offers, newest first within each kind: the last complete months,
 * then the quarters and years that hold them ({@code yyyy-MM}, {@code yyyy-Qn}, {@code yyyy}).
 */
public final class PeriodChoices {
  private PeriodChoices() {}

  public static List<String> backFrom(YearMonth newest, int months, int quarters, int years) {
    List<String> periods = new ArrayList<>(MonthChoices.backFrom(newest, months));
    for (int i = 0; i < quarters; i++) {
      YearMonth month = newest.minusMonths(3L * i);
      periods.add(month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1));
    }
    for (int i = 0; i < years; i++) {
      periods.add(String.valueOf(newest.getYear() - i));
    }
    return periods;
  }
}
