package cn.nhjc.province.web.common;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The months a period picker offers: the newest first, as {@code yyyy-MM}. */
public final class MonthChoices {
  private MonthChoices() {}

  public static List<String> backFrom(YearMonth newest, int count) {
    List<String> months = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      months.add(newest.minusMonths(i).toString());
    }
    return months;
  }
}
