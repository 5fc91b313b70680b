package cn.nhjc.province.conservation.application;

import cn.nhjc.province.conservation.domain.TargetLevel;
import cn.nhjc.province.platform.audit.AuditActions;
import cn.nhjc.province.platform.audit.AuditTrail;
import cn.nhjc.province.platform.audit.Outcome;
import cn.nhjc.province.platform.config.PlatformConfig;
import cn.nhjc.province.platform.input.Quote;
import cn.nhjc.province.platform.security.CallerScope;
import cn.nhjc.province.platform.security.CurrentCaller;
import cn.nhjc.province.platform.security.Roles;
import cn.nhjc.province.registry.application.UnitVisibility;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of the target-responsibility assessment (节能目标责任评价考核), as the newest frozen run of a
 * year holds them, in the caller's scope: officials their region and what lies below it, an
 * enterprise user its own unit. And the scoring sheet's measures, entered by officials per unit.
 */
@Stateless
@RolesAllowed({
  Roles.PROVINCE_OFFICIAL,
  Roles.CITY_OFFICIAL,
  Roles.SUPERVISOR,
  Roles.PLATFORM_ADMIN,
  Roles.ENTERPRISE_USER
})
public class Assessments {

  /** An item of the scoring sheet with the points entered for it (null: none entered). */
  public record Measure(String code, String name, BigDecimal maxPoints, BigDecimal points) {}

  @PersistenceContext private EntityManager em;
  @EJB private CurrentCaller caller;
  @EJB private AuditTrail audit;
  @Inject private PlatformConfig config;
  @Resource private SessionContext context;

  /**
   * @param level {@code null}: every level
   * @return the results of the newest frozen run of the year; empty when none has run
   */
  public List<AssessmentDto> results(Integer year, String level) {
    TargetProgress.requireYear(year);
    CallerScope scope = caller.requireScope();
    String levelCode = level == null || level.isBlank() ? null : TargetLevel.of(level).code();
    String prefix;
    String unit = null;
    if (scope.kind() == CallerScope.Kind.ENTERPRISE) {
      prefix = "";
      unit = scope.creditCode();
    } else {
      prefix = scope.regionPrefix(config.provinceCode());
      if (prefix == null) {
        throw new EJBAccessException("the caller's scope holds no region");
      }
    }
    List<?> rows =
        em.createNativeQuery(
                "select r.year, r.version, a.level, a.holder_code, a.holder_name, a.region_code,"
                    + " a.kind, a.target_value, a.base_value, a.actual_value, a.completion,"
                    + " a.completion_points, a.measures_points, a.score, a.grade from"
                    + " assessment_result a join assessment_run r on r.id = a.run_id where r.id ="
                    + " (select max(id) from assessment_run where year = ?1 and finished_at is not"
                    + " null) and a.region_code like ?2 || '%' and (?3 = '' or a.level = ?3) and (?4 = ''"
                    + " or (a.level = 'unit' and a.holder_code = ?4)) order by case"
                    + " a.level when 'province' then 0 when 'city' then 1 when 'county' then 2"
                    + " else 3 end, a.region_code, a.holder_code, a.kind")
            .setParameter(1, year)
            .setParameter(2, prefix)
            .setParameter(3, levelCode == null ? "" : levelCode)
            .setParameter(4, unit == null ? "" : unit)
            .getResultList();
    List<AssessmentDto> results = new ArrayList<>(rows.size());
    for (Object row : rows) {
      Object[] c = (Object[]) row;
      results.add(
          new AssessmentDto(
              ((Number) c[0]).intValue(),
              ((Number) c[1]).intValue(),
              (String) c[2],
              (String) c[3],
              (String) c[4],
              (String) c[5],
              (String) c[6],
              (BigDecimal) c[7],
              (BigDecimal) c[8],
              (BigDecimal) c[9],
              (BigDecimal) c[10],
              (BigDecimal) c[11],
              (BigDecimal) c[12],
              (BigDecimal) c[13],
              (String) c[14]));
    }
    return results;
  }

  /** The results as XLSX. */
  public byte[] exportXlsx(Integer year, String level) {
    List<List<Object>> rows = new ArrayList<>();
    for (AssessmentDto a : results(year, level)) {
      List<Object> values = new ArrayList<>();
      values.add(String.valueOf(a.year()));
      values.add(String.valueOf(a.version()));
      values.add(a.level());
      values.add(a.holderCode());
      values.add(a.holderName());
      values.add(a.kind());
      values.add(a.target());
      values.add(a.actual());
      values.add(a.completion());
      values.add(a.completionPoints());
      values.add(a.measuresPoints());
      values.add(a.score());
      values.add(a.grade());
      rows.add(values);
    }
    return SimpleXlsx.write(
        "节能目标责任评价考核",
        List.of(
            "年度", "版本", "层级", "代码", "名称", "类型", "目标", "实际", "完成度", "目标完成得分", "措施得分", "总分", "等级"),
        rows);
  }

  /** The scoring sheet of a unit and year, with the points entered. */
  @RolesAllowed({Roles.PROVINCE_OFFICIAL, Roles.CITY_OFFICIAL, Roles.SUPERVISOR})
  public List<Measure> measures(String creditCode, Integer year) {
    long unitId = UnitVisibility.requireVisible(em, caller.requireScope(), creditCode);
    TargetProgress.requireYear(year);
    List<Measure> measures = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select s.code, s.name, s.max_points, m.points from assessment_sheet_item s left"
                    + " join assessment_measure m on m.item_code = s.code and m.unit_id = ?1 and"
                    + " m.year = ?2 order by s.ord")
            .setParameter(1, unitId)
            .setParameter(2, year)
            .getResultList()) {
      Object[] c = (Object[]) row;
      measures.add(new Measure((String) c[0], (String) c[1], (BigDecimal) c[2], (BigDecimal) c[3]));
    }
    return measures;
  }

  /**
   * Enters a unit's measures for a year: points by sheet item, each between 0 and the item's most.
   * Nothing is stored when one is refused.
   */
  @RolesAllowed({Roles.PROVINCE_OFFICIAL, Roles.CITY_OFFICIAL})
  public List<Measure> enterMeasures(
      String creditCode, Integer year, Map<String, BigDecimal> points) {
    long unitId = UnitVisibility.requireVisible(em, caller.requireScope(), creditCode);
    TargetProgress.requireYear(year);
    if (points == null || points.isEmpty()) {
      throw new IllegalArgumentException("no points given: {\"M1\": 8, …} by sheet item");
    }
    Map<String, BigDecimal> max = new LinkedHashMap<>();
    for (Measure measure : measures(creditCode, year)) {
      max.put(measure.code(), measure.maxPoints());
    }
    for (Map.Entry<String, BigDecimal> entry : points.entrySet()) {
      BigDecimal most = max.get(entry.getKey());
      if (most == null) {
        throw new IllegalArgumentException("评分表无此项：" + Quote.of(entry.getKey()));
      }
      BigDecimal value = entry.getValue();
      if (value != null && (value.signum() < 0 || value.compareTo(most) > 0)) {
        throw new IllegalArgumentException(
            "第 "
                + entry.getKey()
                + " 项得分应在 0 与 "
                + most.stripTrailingZeros().toPlainString()
                + " 之间");
      }
    }
    String user = context.getCallerPrincipal().getName();
    for (Map.Entry<String, BigDecimal> entry : points.entrySet()) {
      if (entry.getValue() == null) {
        em.createNativeQuery(
                "delete from assessment_measure where unit_id = ?1 and year = ?2 and item_code ="
                    + " ?3")
            .setParameter(1, unitId)
            .setParameter(2, year)
            .setParameter(3, entry.getKey())
            .executeUpdate();
      } else {
        em.createNativeQuery(
                "insert into assessment_measure (unit_id, year, item_code, points, entered_by)"
                    + " values (?1, ?2, ?3, ?4, ?5) on conflict (unit_id, year, item_code) do"
                    + " update set points = excluded.points, entered_by = excluded.entered_by,"
                    + " entered_at = now()")
            .setParameter(1, unitId)
            .setParameter(2, year)
            .setParameter(3, entry.getKey())
            .setParameter(4, entry.getValue())
            .setParameter(5, user)
            .executeUpdate();
      }
    }
    audit.record(
        AuditActions.ASSESSMENT_MEASURES,
        "assessment measures " + creditCode + " " + year,
        Outcome.SUCCESS,
        points.toString());
    return measures(creditCode, year);
  }
}
