package cn.nhjc.province.simulator;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** Period boundaries of the protocol's statDate. */
final class Periods {

  private Periods() {}

  /** The start of the 15-minute slot that contains {@code time}. */
  static LocalDateTime quarterStart(LocalDateTime time) {
    LocalDateTime hour = time.truncatedTo(ChronoUnit.HOURS);
    return hour.plusMinutes(time.getMinute() / 15 * 15L);
  }

  /** Whether {@code statDate} is where a period of {@code statType} begins. */
  static boolean aligned(int statType, LocalDateTime statDate) {
    boolean quarter = statDate.getSecond() == 0 && statDate.getNano() == 0;
    quarter &= statDate.getMinute() % 15 == 0;
    boolean midnight = quarter && statDate.getMinute() == 0 && statDate.getHour() == 0;
    return switch (statType) {
      case CollectItem.REALTIME -> quarter;
      case CollectItem.DAILY -> midnight;
      case CollectItem.MONTHLY -> midnight && statDate.getDayOfMonth() == 1;
      case CollectItem.YEARLY -> midnight && statDate.getDayOfYear() == 1;
      default -> false;
    };
  }
}
