package cn.nhjc.province.monitoring.application;

import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.platform.config.PlatformConfig;
import cn.nhjc.province.platform.input.Quote;
import cn.nhjc.province.platform.persistence.SqlTimes;
import cn.nhjc.province.platform.security.CallerScope;
import cn.nhjc.province.platform.security.CurrentCaller;
import cn.nhjc.province.platform.security.Roles;
import cn.nhjc.province.registry.application.PageResult;
import cn.nhjc.province.registry.application.UnitVisibility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The data-quality alarms the statistics job raised and the quality index of a unit's period, in
 * the caller's scope: supervisors and province officials the province, city officials their city,
 * an enterprise its own unit.
 */
@Stateless
@RolesAllowed({
  Roles.PROVINCE_OFFICIAL,
  Roles.CITY_OFFICIAL,
  Roles.SUPERVISOR,
  Roles.PLATFORM_ADMIN,
  Roles.ENTERPRISE_USER
})
public class QualityAlarms {

  private static final Set<String> STATUSES = Set.of("open", "resolved");
  private static final int MAX_PAGE = 500;

  @PersistenceContext private EntityManager em;
  @EJB private CurrentCaller caller;
  @Inject private PlatformConfig config;

  /** An alarm with its unit. */
  public record Alarm(
      long id,
      String creditCode,
      String unitName,
      String regionCode,
      String periodType,
      LocalDate periodStart,
      String rule,
      String subject,
      BigDecimal measured,
      BigDecimal threshold,
      String detail,
      String status,
      Instant raisedAt,
      Instant resolvedAt) {}

  /** A unit's quality index for a day or month, with the alarms of that period. */
  public record UnitQuality(
      String creditCode,
      String period,
      boolean assessed,
      int expected,
      int received,
      BigDecimal completeness,
      int onTime,
      BigDecimal timeliness,
      BigDecimal maxDeviation,
      int longestGapDays,
      boolean passed,
      Instant computedAt,
      List<Alarm> alarms) {}

  /**
   * Alarms in the caller's scope, newest first.
   *
   * @param status {@code open}, {@code resolved} or empty for both
   */
  public PageResult<Alarm> alarms(String status, int page, int size) {
    if (status != null && !status.isBlank() && !STATUSES.contains(status)) {
      throw new IllegalArgumentException("status must be open or resolved: " + Quote.of(status));
    }
    int rows = Math.max(1, Math.min(size, MAX_PAGE));
    String filter = scopeFilter();
    String where =
        " where " + filter + " and (cast(?2 as varchar) is null or a.status = cast(?2 as varchar))";
    Object scopeValue = scopeValue();
    String wanted = status == null || status.isBlank() ? null : status;
    long total =
        ((Number)
                em.createNativeQuery(
                        "select count(*) from quality_alarm a join key_unit u on u.id = a.unit_id"
                            + where)
                    .setParameter(1, scopeValue)
                    .setParameter(2, wanted)
                    .getSingleResult())
            .longValue();
    List<?> found =
        em.createNativeQuery(SELECT + where + " order by a.raised_at desc, a.id desc")
            .setParameter(1, scopeValue)
            .setParameter(2, wanted)
            .setFirstResult(Math.max(0, page) * rows)
            .setMaxResults(rows)
            .getResultList();
    return new PageResult<>(total, Math.max(0, page), rows, alarms(found));
  }

  /** A unit's index and alarms for a day or month; 403 outside the caller's scope. */
  public UnitQuality ofUnit(String creditCode, StatPeriod period) {
    if (period == null) {
      throw new IllegalArgumentException(
          "period is required: a day (yyyy-MM-dd) or a month (yyyy-MM)");
    }
    long unitId = UnitVisibility.requireVisible(em, caller.requireScope(), creditCode);
    List<?> index =
        em.createNativeQuery(
                "select expected, received, completeness, on_time, timeliness, max_deviation,"
                    + " longest_gap_days, passed, computed_at from data_quality where unit_id = ?1"
                    + " and period_type = ?2 and period_start = cast(?3 as date)")
            .setParameter(1, unitId)
            .setParameter(2, period.type().code())
            .setParameter(3, period.start().toString())
            .getResultList();
    List<Alarm> alarms =
        alarms(
            em.createNativeQuery(
                    SELECT
                        + " where a.unit_id = ?1 and a.period_type = ?2"
                        + " and a.period_start = cast(?3 as date) order by a.rule, a.subject")
                .setParameter(1, unitId)
                .setParameter(2, period.type().code())
                .setParameter(3, period.start().toString())
                .getResultList());
    if (index.isEmpty()) {
      return new UnitQuality(
          creditCode, period.toString(), false, 0, 0, null, 0, null, null, 0, false, null, alarms);
    }
    Object[] c = (Object[]) index.get(0);
    return new UnitQuality(
        creditCode,
        period.toString(),
        true,
        ((Number) c[0]).intValue(),
        ((Number) c[1]).intValue(),
        (BigDecimal) c[2],
        ((Number) c[3]).intValue(),
        (BigDecimal) c[4],
        (BigDecimal) c[5],
        ((Number) c[6]).intValue(),
        (Boolean) c[7],
        SqlTimes.instant(c[8]),
        alarms);
  }

  private static final String SELECT =
      "select a.id, u.credit_code, u.name, u.region_code, a.period_type, a.period_start, a.rule,"
          + " a.subject, a.measured, a.threshold, a.detail, a.status, a.raised_at, a.resolved_at"
          + " from quality_alarm a join key_unit u on u.id = a.unit_id";

  private String scopeFilter() {
    return switch (caller.requireScope().kind()) {
      case PROVINCE -> "u.region_code like cast(?1 as varchar) || '%'";
      case CITY -> "u.region_code like cast(?1 as varchar) || '%'";
      case ENTERPRISE -> "u.credit_code = cast(?1 as varchar)";
      default -> throw new jakarta.ejb.EJBAccessException("no scope for quality alarms");
    };
  }

  private Object scopeValue() {
    CallerScope scope = caller.requireScope();
    return scope.kind() == CallerScope.Kind.ENTERPRISE
        ? scope.creditCode()
        : scope.regionPrefix(config.provinceCode());
  }

  private static List<Alarm> alarms(List<?> rows) {
    List<Alarm> alarms = new ArrayList<>();
    for (Object row : rows) {
      Object[] c = (Object[]) row;
      alarms.add(
          new Alarm(
              ((Number) c[0]).longValue(),
              (String) c[1],
              (String) c[2],
              (String) c[3],
              String.valueOf(c[4]),
              c[5] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) c[5],
              (String) c[6],
              (String) c[7],
              (BigDecimal) c[8],
              (BigDecimal) c[9],
              (String) c[10],
              (String) c[11],
              SqlTimes.instant(c[12]),
              SqlTimes.instant(c[13])));
    }
    return alarms;
  }
}
