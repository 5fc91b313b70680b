package cn.nhjc.province.monitoring.application;

import cn.nhjc.province.monitoring.domain.ProtocolTime;
import cn.nhjc.province.monitoring.domain.StatType;
import cn.nhjc.province.platform.persistence.SqlTimes;
import cn.nhjc.province.platform.security.CurrentCaller;
import cn.nhjc.province.platform.security.Roles;
import cn.nhjc.province.registry.application.UnitVisibility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A unit's stored values with their revisions, for the caller's scope. */
@Stateless
@RolesAllowed({
  Roles.PROVINCE_OFFICIAL,
  Roles.CITY_OFFICIAL,
  Roles.SUPERVISOR,
  Roles.METROLOGY_OFFICER,
  Roles.ENTERPRISE_USER,
  Roles.PLATFORM_ADMIN
})
public class StoredValues {
  /** Most values one request returns; a longer period must be asked for in parts. */
  public static final int MAX_VALUES = 20_000;

  @PersistenceContext private EntityManager em;
  @EJB private CurrentCaller caller;

  /**
   * @param from first day (Beijing calendar), inclusive
   * @param to last day, inclusive
   * @throws IllegalArgumentException for a bad period or one with more than {@link #MAX_VALUES}
   */
  public List<StoredValue> find(String creditCode, Integer statType, String from, String to) {
    long unitId = UnitVisibility.requireVisible(em, caller.requireScope(), creditCode);
    LocalDate first = day(from, "from");
    LocalDate last = day(to, "to");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("to lies before from");
    }
    if (statType != null && (statType < 0 || statType > 3)) {
      throw new IllegalArgumentException("statType must be 0, 1, 2 or 3");
    }
    Instant start = StatType.startOfDay(first).toInstant();
    Instant end = StatType.startOfDay(last.plusDays(1)).toInstant();
    String typeFilter = statType == null ? "" : " and stat_type = ?4";
    var query =
        em.createNativeQuery(
                "select data_code, stat_type, stat_date, value, input_type, valid, out_of_range,"
                    + " source, received_at from reading where unit_id = ?1 and stat_date >= ?2"
                    + " and stat_date < ?3"
                    + typeFilter
                    + " order by stat_type, data_code, stat_date")
            .setParameter(1, unitId)
            .setParameter(2, Timestamp.from(start))
            .setParameter(3, Timestamp.from(end));
    if (statType != null) {
      query.setParameter(4, statType);
    }
    List<?> rows = query.setMaxResults(MAX_VALUES + 1).getResultList();
    if (rows.size() > MAX_VALUES) {
      throw new IllegalArgumentException(
          "more than " + MAX_VALUES + " values; ask for a shorter period or one statType");
    }
    Map<String, List<StoredValue.Revision>> revisions = revisions(unitId, start, end);
    List<StoredValue> values = new ArrayList<>(rows.size());
    for (Object result : rows) {
      Object[] row = (Object[]) result;
      Instant statDate = SqlTimes.instant(row[2]);
      String key = row[0] + "|" + row[1] + "|" + statDate;
      values.add(
          new StoredValue(
              (String) row[0],
              ((Number) row[1]).intValue(),
              ProtocolTime.format(statDate),
              (BigDecimal) row[3],
              ((Number) row[4]).intValue(),
              ((Number) row[5]).intValue(),
              (Boolean) row[6],
              (String) row[7],
              SqlTimes.instant(row[8]).toString(),
              revisions.getOrDefault(key, List.of())));
    }
    return values;
  }

  private Map<String, List<StoredValue.Revision>> revisions(
      long unitId, Instant start, Instant end) {
    Map<String, List<StoredValue.Revision>> byKey = new LinkedHashMap<>();
    for (Object result :
        em.createNativeQuery(
                "select data_code, stat_type, stat_date, value, input_type, source, received_at,"
                    + " superseded_at from reading_revision where unit_id = ?1"
                    + " and stat_date >= ?2 and stat_date < ?3 order by received_at, id")
            .setParameter(1, unitId)
            .setParameter(2, Timestamp.from(start))
            .setParameter(3, Timestamp.from(end))
            .getResultList()) {
      Object[] row = (Object[]) result;
      String key = row[0] + "|" + row[1] + "|" + SqlTimes.instant(row[2]);
      byKey
          .computeIfAbsent(key, k -> new ArrayList<>())
          .add(
              new StoredValue.Revision(
                  (BigDecimal) row[3],
                  ((Number) row[4]).intValue(),
                  (String) row[5],
                  SqlTimes.instant(row[6]).toString(),
                  SqlTimes.instant(row[7]).toString()));
    }
    return byKey;
  }

  private static LocalDate day(String text, String name) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(name + " is required (yyyy-MM-dd)");
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be a date yyyy-MM-dd");
    }
  }
}
