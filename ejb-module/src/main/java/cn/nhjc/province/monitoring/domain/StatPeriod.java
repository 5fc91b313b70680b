package cn.nhjc.province.monitoring.domain;

import cn.nhjc.province.platform.input.Quote;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar period of the statistics: a day, month, quarter or year, in the Asia/Shanghai
 * calendar, written {@code 2026-10-05}, {@code 2026-10}, {@code 2026-Q4} or {@code 2026}.
 *
 * @param start the first day of the period
 */
public record StatPeriod(PeriodType type, LocalDate start) {

  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  public StatPeriod {
    if (!start.equals(startOf(type, start))) {
      throw new IllegalArgumentException(start + " does not start a " + type);
    }
  }

  /** The period of the given type that contains the day. */
  public static StatPeriod containing(PeriodType type, LocalDate day) {
    return new StatPeriod(type, startOf(type, day));
  }

  public static StatPeriod day(LocalDate day) {
    return new StatPeriod(PeriodType.DAY, day);
  }

  public static StatPeriod month(YearMonth month) {
    return new StatPeriod(PeriodType.MONTH, month.atDay(1));
  }

  /**
   * Reads {@code yyyy-MM-dd}, {@code yyyy-MM}, {@code yyyy-Qn} or {@code yyyy}.
   *
   * @throws IllegalArgumentException with a message naming the accepted forms
   */
  public static StatPeriod parse(String text) {
    String value = text == null ? "" : text.trim();
    try {
      if (DAY.matcher(value).matches()) {
        return day(LocalDate.parse(value));
      }
      if (MONTH.matcher(value).matches()) {
        return month(YearMonth.parse(value));
      }
      Matcher quarter = QUARTER.matcher(value);
      if (quarter.matches()) {
        int first = (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1;
        return new StatPeriod(
            PeriodType.QUARTER, LocalDate.of(Integer.parseInt(quarter.group(1)), first, 1));
      }
      if (YEAR.matcher(value).matches()) {
        return new StatPeriod(PeriodType.YEAR, LocalDate.of(Integer.parseInt(value), 1, 1));
      }
    } catch (DateTimeParseException e) {
      // falls through to the message below
    }
    throw new IllegalArgumentException(
        "period must be yyyy-MM-dd, yyyy-MM, yyyy-Qn or yyyy: " + Quote.of(text));
  }

  /**
   * The period shown and reported when none is asked for: the last complete month in the calendar
   * zone. The one place this default is decided.
   */
  public static StatPeriod defaultPeriod() {
    return month(lastCompleteMonth());
  }

  /** The period asked for, or {@link #defaultPeriod()} when none is. */
  public static StatPeriod orDefault(StatPeriod period) {
    return period != null ? period : defaultPeriod();
  }

  /** The last month that is complete in the calendar zone. */
  public static YearMonth lastCompleteMonth() {
    return YearMonth.now(StatType.CALENDAR_ZONE).minusMonths(1);
  }

  /** The first day after the period. */
  public LocalDate end() {
    return switch (type) {
      case DAY -> start.plusDays(1);
      case MONTH -> start.plusMonths(1);
      case QUARTER -> start.plusMonths(3);
      case YEAR -> start.plusYears(1);
    };
  }

  public StatPeriod previous() {
    return containing(type, start.minusDays(1));
  }

  /** The same period one year earlier (for year-on-year change). */
  public StatPeriod yearBefore() {
    return containing(type, start.minusYears(1));
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && day.isBefore(end());
  }

  /** The months of a month, quarter or year. */
  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    if (type == PeriodType.DAY) {
      return months;
    }
    for (LocalDate m = start; m.isBefore(end()); m = m.plusMonths(1)) {
      months.add(YearMonth.from(m));
    }
    return months;
  }

  /** The number of days in the period. */
  public int days() {
    return (int) (end().toEpochDay() - start.toEpochDay());
  }

  @Override
  public String toString() {
    return switch (type) {
      case DAY -> start.toString();
      case MONTH -> YearMonth.from(start).toString();
      case QUARTER -> start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
      case YEAR -> String.valueOf(start.getYear());
    };
  }

  private static LocalDate startOf(PeriodType type, LocalDate day) {
    return switch (type) {
      case DAY -> day;
      case MONTH -> day.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
      case YEAR -> day.withDayOfYear(1);
    };
  }
}
