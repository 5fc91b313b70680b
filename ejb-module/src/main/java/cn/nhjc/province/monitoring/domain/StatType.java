package cn.nhjc.province.monitoring.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Protocol statType: 0 real-time (15 min), 1 day, 2 month, 3 year. */
public enum StatType {
  REALTIME(0),
  DAY(1),
  MONTH(2),
  YEAR(3);

  /** Calendar periods are computed in Beijing time; instants are stored in UTC. */
  public static final ZoneId CALENDAR_ZONE = ZoneId.of("Asia/Shanghai");

  private final int code;

  StatType(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /**
   * Whether readings of this statType feed the rollups (daily and monthly values): stored ones are
   * marked in {@code rollup_dirty}.
   */
  public static boolean isRolledUp(int statType) {
    return statType == DAY.code || statType == MONTH.code;
  }

  /** The start of the day in the calendar zone. */
  public static ZonedDateTime startOfDay(LocalDate day) {
    return day.atStartOfDay(CALENDAR_ZONE);
  }
}
