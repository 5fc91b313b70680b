package cn.nhjc.province.conservation.application;

import cn.nhjc.province.conservation.domain.AssessmentRules;
import cn.nhjc.province.conservation.domain.TargetKind;
import cn.nhjc.province.conservation.domain.TargetLevel;
import cn.nhjc.province.platform.config.PlatformConfig;
import cn.nhjc.province.platform.config.PlatformSettings;
import cn.nhjc.province.platform.security.RegionCodes;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The steps of the {@code target-assessment} batch job: open a new version of a year's results,
 * assess the holders chunk by chunk (a chunk done again after a restart changes nothing: its rows
 * are kept), and freeze the version. Internal: called by the job's artifacts, which run on the
 * batch runtime's threads after {@code BatchJobs} checked who started the job; no page or API
 * reaches it.
 */
@Stateless
@PermitAll
public class AssessmentRun {

  @PersistenceContext private EntityManager em;
  @EJB private PlatformSettings settings;
  @Inject private PlatformConfig config;

  /** The run of a job instance: created at its first start as the year's next version. */
  public long open(int year, long instanceId) {
    em.createNativeQuery(
            "insert into assessment_run (year, version, instance_id) values (?1, (select"
                + " coalesce(max(version), 0) + 1 from assessment_run where year = ?1), ?2) on"
                + " conflict (instance_id) do nothing")
        .setParameter(1, year)
        .setParameter(2, instanceId)
        .executeUpdate();
    return runId(instanceId);
  }

  /** Every holder of an issued annual target of the year, as "level|code", in a stable order. */
  public List<String> holders(int year) {
    List<?> rows =
        em.createNativeQuery(
                "select distinct level || '|' || holder_code from conservation_target where year"
                    + " = ?1 and term = 'annual' and status = 'issued' order by 1")
            .setParameter(1, year)
            .getResultList();
    return rows.stream().map(String.class::cast).toList();
  }

  /** Assesses the holders named ("level|code") into the run of the job instance. */
  public int assess(long instanceId, List<String> holders) {
    Object[] run =
        (Object[])
            em.createNativeQuery(
                    "select id, year, finished_at from assessment_run where instance_id = ?1")
                .setParameter(1, instanceId)
                .getSingleResult();
    if (run[2] != null) {
      throw new IllegalStateException("assessment run of instance " + instanceId + " is frozen");
    }
    long runId = ((Number) run[0]).longValue();
    int year = ((Number) run[1]).intValue();
    Set<String> codes = new HashSet<>();
    Set<String> levels = new HashSet<>();
    for (String holder : holders) {
      String[] parts = holder.split("\\|", 2);
      levels.add(parts[0]);
      codes.add(parts[1]);
    }
    AssessmentRules rules = ConservationSettings.assessment(settings);
    String province = RegionCodes.prefixOf(config.provinceCode());
    List<ProgressRow> rows =
        TargetProgress.calculator(em, settings, TargetProgress.today())
            .progress(year, levels, province, codes, null);
    Map<String, BigDecimal> measures = measures(year, rows);
    int written = 0;
    for (ProgressRow row : rows) {
      BigDecimal points = measures.getOrDefault(row.level() + "|" + row.code(), BigDecimal.ZERO);
      AssessmentRules.Result result =
          rules.assess(TargetKind.of(row.kind()), row.base(), row.target(), row.forecast(), points);
      written +=
          em.createNativeQuery(
                  "insert into assessment_result (run_id, level, holder_code, holder_name,"
                      + " region_code, kind, target_value, base_value, actual_value, completion,"
                      + " completion_points, measures_points, score, grade) values (?1, ?2, ?3,"
                      + " ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) on conflict do nothing")
              .setParameter(1, runId)
              .setParameter(2, row.level())
              .setParameter(3, row.code())
              .setParameter(4, row.name())
              .setParameter(5, row.regionCode())
              .setParameter(6, row.kind())
              .setParameter(7, row.target())
              .setParameter(8, row.base())
              .setParameter(9, row.forecast())
              .setParameter(10, result.completion())
              .setParameter(11, result.completionPoints())
              .setParameter(12, result.measuresPoints())
              .setParameter(13, result.score())
              .setParameter(14, result.grade().label())
              .executeUpdate();
    }
    return written;
  }

  /** Freezes the run: its results can no longer change (a trigger refuses it). */
  public void close(long instanceId) {
    em.createNativeQuery(
            "update assessment_run r set finished_at = now(), units = (select count(*) from"
                + " assessment_result a where a.run_id = r.id and a.level = 'unit'), regions ="
                + " (select count(*) from assessment_result a where a.run_id = r.id and a.level"
                + " <> 'unit') where instance_id = ?1 and finished_at is null")
        .setParameter(1, instanceId)
        .executeUpdate();
  }

  private long runId(long instanceId) {
    return ((Number)
            em.createNativeQuery("select id from assessment_run where instance_id = ?1")
                .setParameter(1, instanceId)
                .getSingleResult())
        .longValue();
  }

  /**
   * The measures' points: a unit's the sum of its sheet's entries; a region's the mean over the key
   * units that lie in it.
   */
  private Map<String, BigDecimal> measures(int year, List<ProgressRow> rows) {
    Map<String, BigDecimal> points = new HashMap<>();
    List<String> units = new ArrayList<>();
    List<String> regions = new ArrayList<>();
    for (ProgressRow row : rows) {
      (TargetLevel.of(row.level()) == TargetLevel.UNIT ? units : regions).add(row.code());
    }
    if (!units.isEmpty()) {
      for (Object r :
          em.createNativeQuery(
                  "select u.credit_code, sum(m.points) from assessment_measure m join key_unit u"
                      + " on u.id = m.unit_id where m.year = ?1 and u.credit_code = any"
                      + " (string_to_array(?2, ',')) group by u.credit_code")
              .setParameter(1, year)
              .setParameter(2, String.join(",", units))
              .getResultList()) {
        Object[] c = (Object[]) r;
        points.put("unit|" + c[0], (BigDecimal) c[1]);
      }
    }
    if (!regions.isEmpty()) {
      List<String> codes = List.copyOf(new LinkedHashSet<>(regions));
      for (Object r :
          em.createNativeQuery(
                  "select r.code, coalesce(avg(s.points), 0) from unnest(string_to_array(?2,"
                      + " ','), string_to_array(?3, ',')) as r(code, prefix) left join (select"
                      + " u.region_code, coalesce(sum(m.points), 0) as points from key_unit u left"
                      + " join assessment_measure m on m.unit_id = u.id and m.year = ?1 group by"
                      + " u.id, u.region_code) s on s.region_code like r.prefix || '%' group by"
                      + " r.code")
              .setParameter(1, year)
              .setParameter(2, String.join(",", codes))
              .setParameter(3, String.join(",", codes.stream().map(RegionCodes::prefixOf).toList()))
              .getResultList()) {
        Object[] c = (Object[]) r;
        BigDecimal value = c[1] instanceof BigDecimal d ? d : new BigDecimal(c[1].toString());
        for (String level : Arrays.asList("province", "city", "county")) {
          points.put(level + "|" + c[0], value);
        }
      }
    }
    return points;
  }
}
