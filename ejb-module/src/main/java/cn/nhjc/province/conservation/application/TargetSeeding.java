package cn.nhjc.province.conservation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Fills targets and assessment measures in bulk as issued, for the demo province at its first load.
 * Internal: called by the demo loader (deployment), never by a page or the API, which go through
 * {@link Targets} and {@link Assessments}.
 */
@Stateless
@PermitAll
public class TargetSeeding {

  @PersistenceContext private EntityManager em;

  /** Issues each target as revision 1, recorded and issued by {@code by}. */
  public void issue(List<TargetInput> targets, Map<String, String> allocatedBy, String by) {
    for (TargetInput t : targets) {
      em.createNativeQuery(
              "insert into conservation_target (level, holder_code, kind, term, year, base_year,"
                  + " base_value, target_value, allocated_by, revision, status, recorded_by,"
                  + " issued_by, issued_at, note) values (?1, ?2, ?3, 'annual', ?4, ?5, ?6, ?7,"
                  + " ?8, 1, 'issued', ?9, ?9, now(), ?10) on conflict do nothing")
          .setParameter(1, t.level())
          .setParameter(2, t.holderCode())
          .setParameter(3, t.kind())
          .setParameter(4, t.year())
          .setParameter(5, t.baseYear())
          .setParameter(6, t.baseValue())
          .setParameter(7, t.targetValue())
          .setParameter(8, allocatedBy.get(t.holderCode()))
          .setParameter(9, by)
          .setParameter(10, t.note())
          .executeUpdate();
    }
  }

  /** The share of each sheet item's most points a unit gets, per credit code, for a year. */
  public void measures(Map<String, BigDecimal> shareByUnit, int year, String by) {
    for (Map.Entry<String, BigDecimal> unit : shareByUnit.entrySet()) {
      em.createNativeQuery(
              "insert into assessment_measure (unit_id, year, item_code, points, entered_by)"
                  + " select u.id, ?2, s.code, round(s.max_points * ?3, 1), ?4 from key_unit u"
                  + " cross join assessment_sheet_item s where u.credit_code = ?1 on conflict do"
                  + " nothing")
          .setParameter(1, unit.getKey())
          .setParameter(2, year)
          .setParameter(3, unit.getValue())
          .setParameter(4, by)
          .executeUpdate();
    }
  }
}
