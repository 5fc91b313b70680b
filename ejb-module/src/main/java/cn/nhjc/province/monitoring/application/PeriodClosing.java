package cn.nhjc.province.monitoring.application;

import cn.nhjc.province.monitoring.domain.PeriodType;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.platform.config.PlatformConfig;
import cn.nhjc.province.platform.persistence.SqlTimes;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Records that the statistics job closed a day or month: from then on the period's figures are the
 * ones reports are made from, and a later change to them is noted as a revision after closing.
 * Tells the job's schedule which periods are closed and which have figures to close. Internal: the
 * statistics job's and its schedule's.
 */
@Stateless
@PermitAll
public class PeriodClosing {

  @PersistenceContext private EntityManager em;
  @EJB private ReadingStore readingStore;
  @Inject private PlatformConfig config;

  /** Refreshes the planner's statistics of the readings ({@link ReadingStore#analyze}). */
  public void analyzeReadings() {
    readingStore.analyze();
  }

  /** Closes the period with the province's totals as they stand now. */
  public void close(StatPeriod period, long executionId) {
    if (period.type() != PeriodType.DAY && period.type() != PeriodType.MONTH) {
      throw new IllegalArgumentException("only days and months are closed: " + period);
    }
    em.createNativeQuery(
            """
            insert into period_close (period_type, period_start, closed_at, execution_id, units, tce)
            select ?1, cast(?2 as date), now(), ?3, coalesce(max(t.units), 0), coalesce(max(t.tce), 0)
              from (select 1) one
              left join group_period_total t on t.dim = 'R' and t.code = ?4
                                            and t.period_type = ?1 and t.period_start = cast(?2 as date)
            on conflict (period_type, period_start) do update set
              closed_at = excluded.closed_at, execution_id = excluded.execution_id,
              units = excluded.units, tce = excluded.tce, revised_at = null
            """)
        .setParameter(1, period.type().code())
        .setParameter(2, period.start().toString())
        .setParameter(3, executionId)
        .setParameter(4, config.provinceCode())
        .executeUpdate();
  }

  /**
   * The days and months closed whose period starts on or after {@code from}, each with when it was
   * last closed.
   */
  public Map<StatPeriod, Instant> closedSince(LocalDate from) {
    Map<StatPeriod, Instant> closed = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                """
                select cast(period_type as varchar), to_char(period_start, 'YYYY-MM-DD'), closed_at
                  from period_close
                 where period_start >= cast(?1 as date)
                """)
            .setParameter(1, from.toString())
            .getResultList()) {
      Object[] c = (Object[]) row;
      closed.put(period(c[0], c[1]), SqlTimes.instant(c[2]));
    }
    return closed;
  }

  /**
   * The days and months starting on or after {@code from} for which at least one unit has figures:
   * the province's total of the period counts a unit ({@code group_period_total}, kept current by
   * the rollups). A period without one has nothing to close.
   */
  public Set<StatPeriod> periodsWithFigures(LocalDate from) {
    Set<StatPeriod> periods = new HashSet<>();
    for (Object row :
        em.createNativeQuery(
                """
                select cast(period_type as varchar), to_char(period_start, 'YYYY-MM-DD')
                  from group_period_total
                 where dim = 'R' and code = ?1 and period_type in ('D', 'M')
                   and period_start >= cast(?2 as date) and units > 0
                """)
            .setParameter(1, config.provinceCode())
            .setParameter(2, from.toString())
            .getResultList()) {
      Object[] c = (Object[]) row;
      periods.add(period(c[0], c[1]));
    }
    return periods;
  }

  private static StatPeriod period(Object type, Object start) {
    return new StatPeriod(PeriodType.ofCode((String) type), LocalDate.parse((String) start));
  }
}
