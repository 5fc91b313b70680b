package cn.nhjc.province.demo;

import cn.nhjc.province.monitoring.domain.ReadingPoint;
import cn.nhjc.province.monitoring.domain.StatType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * When the demo takes a reading of its history to have arrived: as a device's daily upload would
 * have brought it, a few hours after its day ended, a monthly value the day after its month, a
 * yearly one the day after its year; never later than now. Data quality's timeliness goes by it.
 */
final class DemoArrival {
  private DemoArrival() {}

  static final Duration UPLOAD_DELAY = Duration.ofHours(3);

  static Instant of(ReadingPoint point, Instant now) {
    ZonedDateTime start = point.statDate().atZone(StatType.CALENDAR_ZONE);
    ZonedDateTime end =
        switch (point.statType()) {
          case 2 -> start.plusMonths(1).plusDays(1);
          case 3 -> start.plusYears(1).plusDays(1);
          default -> start.toLocalDate().plusDays(1).atStartOfDay(start.getZone());
        };
    Instant arrived = end.toInstant().plus(UPLOAD_DELAY);
    return arrived.isAfter(now) ? now : arrived;
  }
}
