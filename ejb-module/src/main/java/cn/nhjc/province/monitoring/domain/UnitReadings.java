package cn.nhjc.province.monitoring.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Readings of one unit that are stored together, exactly once: what monitoring is given to store,
 * whoever received them. {@code uploadId} identifies them for the receipt that keeps them from
 * being stored twice and is kept with each reading; {@code acceptedAt} orders them against other
 * values of the same readings (the later wins, the earlier is kept as a revision).
 *
 * @param creditCode the unit's unified social credit code
 * @param source who sent them ({@code device}, {@code city}, …), kept with each reading
 */
public record UnitReadings(
    String uploadId, String creditCode, String source, Instant acceptedAt, List<Reading> readings) {

  /**
   * One value of one collect item for one period; {@code statDate} is the start of the period.
   *
   * @param outOfRange whether the value lies outside its collect item's configured range
   */
  public record Reading(
      String dataCode,
      int statType,
      Instant statDate,
      BigDecimal value,
      int inputType,
      int valid,
      boolean outOfRange) {}

  public UnitReadings {
    readings = List.copyOf(readings);
  }
}
