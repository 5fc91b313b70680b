package cn.nhjc.province.monitoring.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.function.Predicate;

/**
 * Which data is live: data of today and the {@code days − 1} days before it in the Asia/Shanghai
 * calendar (setting {@code data.live-days}). Live uploads go ahead of catch-up (补传) in the intake
 * queue, and live changes get rollup cycles of their own, so that what arrives now shows in the
 * totals within seconds even while a backlog of old days is being stored and rolled up.
 */
public record LiveData(int days) {

  public LiveData {
    if (days < 1) {
      throw new IllegalArgumentException("data.live-days must be at least 1, not " + days);
    }
  }

  /** The first live day at {@code now}. */
  public LocalDate firstDay(Instant now) {
    return now.atZone(StatType.CALENDAR_ZONE).toLocalDate().minusDays(days - 1L);
  }

  /** The first live instant at {@code now}: the start of {@link #firstDay} in Beijing. */
  public Instant since(Instant now) {
    return ZonedDateTime.of(firstDay(now).atStartOfDay(), StatType.CALENDAR_ZONE).toInstant();
  }

  /**
   * Whether a value of the period starting at a given statDate is live at {@code now}; the first
   * live instant is worked out once, for checking every item of an upload.
   */
  public Predicate<Instant> at(Instant now) {
    Instant since = since(now);
    return statDate -> !statDate.isBefore(since);
  }
}
