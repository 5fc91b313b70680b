package cn.nhjc.province.batch.admin;

import cn.nhjc.province.monitoring.domain.StatPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which closes of days and months are due and have not happened. The statistics job closes a day at
 * the close time of the day after it, and a month at the close time of its close day in the month
 * after it (that month's last day when the close day lies beyond it), all in the calendar zone.
 *
 * <p>A close is <em>due</em> when its instant has passed and lies within the look-back window: the
 * {@code windowDays} days before now (a window of 1 holds only what fell due at the latest close
 * time). It is <em>missing</em> unless the period was closed at or after that instant, or a job is
 * closing it now: a close made earlier (an administrator's, while the period was still open to late
 * data) does not stand for the close at its time.
 *
 * @param zone the calendar of the periods ({@code StatType.CALENDAR_ZONE})
 * @param closeTime the time of day of every close ({@code statistics.day-close-time})
 * @param monthCloseDay the day of the month on which the month before it is closed, 1 to 31 ({@code
 *     statistics.month-close-day})
 * @param windowDays how many days back closes are caught up, at least 1 ({@code
 *     statistics.close-catch-up-days})
 */
public record DueCloses(ZoneId zone, LocalTime closeTime, int monthCloseDay, int windowDays) {

  /** The close of a day or month and the instant it falls due. */
  public record Close(StatPeriod period, Instant dueAt) {}

  public DueCloses {
    if (monthCloseDay < 1 || monthCloseDay > 31) {
      throw new IllegalArgumentException("the month close day must be 1 to 31: " + monthCloseDay);
    }
    if (windowDays < 1) {
      throw new IllegalArgumentException(
          "the catch-up window must be at least 1 day: " + windowDays);
    }
  }

  /** The closes that fell due within the window, oldest first (by due instant, then period). */
  public List<Close> due(Instant now) {
    Instant windowStart = now.atZone(zone).minusDays(windowDays).toInstant();
    LocalDate firstCloseDay = windowStart.atZone(zone).toLocalDate();
    LocalDate today = now.atZone(zone).toLocalDate();
    List<Close> closes = new ArrayList<>();
    for (LocalDate day = firstCloseDay.minusDays(1); day.isBefore(today); day = day.plusDays(1)) {
      addWhenDue(closes, StatPeriod.day(day), windowStart, now);
    }
    YearMonth thisMonth = YearMonth.from(today);
    for (YearMonth month = YearMonth.from(firstCloseDay).minusMonths(1);
        month.isBefore(thisMonth);
        month = month.plusMonths(1)) {
      addWhenDue(closes, StatPeriod.month(month), windowStart, now);
    }
    closes.sort(Comparator.comparing(Close::dueAt).thenComparing(close -> close.period().start()));
    return closes;
  }

  /**
   * The closes due at {@code now} that have not happened, oldest first.
   *
   * @param closedAt the periods closed so far, each with when it was last closed
   * @param running the periods a job is closing now
   */
  public List<Close> missing(
      Instant now, Map<StatPeriod, Instant> closedAt, Set<StatPeriod> running) {
    return due(now).stream()
        .filter(close -> !running.contains(close.period()))
        .filter(close -> !closedInTime(close, closedAt.get(close.period())))
        .toList();
  }

  /**
   * The first day of the oldest period whose close can be due at {@code now}: the closes recorded
   * from this day on are the ones {@link #missing} needs.
   */
  public LocalDate firstPeriodStart(Instant now) {
    return due(now).stream()
        .map(close -> close.period().start())
        .min(Comparator.naturalOrder())
        .orElse(now.atZone(zone).toLocalDate());
  }

  /**
   * The latest instant at or before {@code now} at which closes fall due: today's close time once
   * it has passed, else yesterday's.
   */
  public Instant lastCloseTime(Instant now) {
    ZonedDateTime today = now.atZone(zone).toLocalDate().atTime(closeTime).atZone(zone);
    return (today.toInstant().isAfter(now) ? today.minusDays(1) : today).toInstant();
  }

  /** The instant the close of a day or month falls due. */
  public Instant dueAt(StatPeriod period) {
    LocalDate closeDay =
        switch (period.type()) {
          case DAY -> period.end();
          case MONTH -> {
            YearMonth next = YearMonth.from(period.end());
            yield next.atDay(Math.min(monthCloseDay, next.lengthOfMonth()));
          }
          default ->
              throw new IllegalArgumentException("only days and months are closed: " + period);
        };
    return closeDay.atTime(closeTime).atZone(zone).toInstant();
  }

  private void addWhenDue(List<Close> closes, StatPeriod period, Instant windowStart, Instant now) {
    Instant dueAt = dueAt(period);
    if (dueAt.isAfter(windowStart) && !dueAt.isAfter(now)) {
      closes.add(new Close(period, dueAt));
    }
  }

  private static boolean closedInTime(Close close, Instant closedAt) {
    return closedAt != null && !closedAt.isBefore(close.dueAt());
  }
}
