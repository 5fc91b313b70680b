package cn.nhjc.province.monitoring.application;

import cn.nhjc.province.monitoring.domain.PeriodType;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.monitoring.infrastructure.ReadingStore;
import cn.nhjc.province.platform.config.PlatformConfig;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Records that the statistics job closed a day or month: from then on the period's figures are the
 * ones reports are made from, and a later change to them is noted as a revision after closing.
 * Internal: the statistics job's.
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
}
