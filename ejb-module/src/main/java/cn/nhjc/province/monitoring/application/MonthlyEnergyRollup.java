package cn.nhjc.province.monitoring.application;

import cn.nhjc.province.monitoring.domain.StatType;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * Computes each unit's monthly energy by type from its monthly whole-plant readings of primary and
 * secondary energy whose usage counts as consumption (setting {@code
 * accounting.consumption-usage-codes}), converted with the coefficient in force in that month.
 * Internal: started by the statistics job and the demo loader, never by a page.
 */
@Stateless
@PermitAll
public class MonthlyEnergyRollup {

  private static final String INSERT =
      """
      insert into unit_month_energy (unit_id, month, energy_type_code, amount, kgce_per_unit, tce)
      select r.unit_id, cast(?1 as date), ci.energy_type_code, sum(r.value), c.kgce_per_unit,
             sum(r.value) * c.kgce_per_unit / 1000
        from reading r
        join collect_item ci on ci.unit_id = r.unit_id and ci.data_code = r.data_code
                            and ci.stat_type = r.stat_type
        join energy_coefficient c on c.energy_type_code = ci.energy_type_code
                                 and c.valid_from <= cast(?1 as date)
                                 and (c.valid_to is null or c.valid_to > cast(?1 as date))
       where r.stat_type = 2 and r.stat_date = ?2
         and ci.scope = 1 and ci.energy_class_code in ('01', '02')
         and ci.data_usage_code = any (string_to_array(?3, ','))
         and r.unit_id = any (cast(string_to_array(?4, ',') as bigint[]))
       group by r.unit_id, ci.energy_type_code, c.kgce_per_unit
      """;

  @PersistenceContext private EntityManager em;

  /** Recomputes the given month for the given units; returns the number of rows written. */
  public int rollup(YearMonth month, List<Long> unitIds) {
    if (unitIds.isEmpty()) {
      return 0;
    }
    LocalDate first = month.atDay(1);
    String ids = String.join(",", unitIds.stream().map(String::valueOf).toList());
    em.createNativeQuery(
            "delete from unit_month_energy where month = cast(?1 as date)"
                + " and unit_id = any (cast(string_to_array(?2, ',') as bigint[]))")
        .setParameter(1, first.toString())
        .setParameter(2, ids)
        .executeUpdate();
    return em.createNativeQuery(INSERT)
        .setParameter(1, first.toString())
        .setParameter(2, Timestamp.from(StatType.startOfDay(first).toInstant()))
        .setParameter(3, String.join(",", consumptionUsageCodes()))
        .setParameter(4, ids)
        .executeUpdate();
  }

  /** Every unit, in id order, for the job reader. */
  public List<Long> unitIds() {
    return em.createNativeQuery("select id from key_unit order by id", Long.class).getResultList();
  }

  List<String> consumptionUsageCodes() {
    String value =
        (String)
            em.createNativeQuery(
                    "select value from platform_setting where key ="
                        + " 'accounting.consumption-usage-codes'")
                .getSingleResult();
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** The last month that is complete in the calendar zone. */
  public static YearMonth lastCompleteMonth() {
    return YearMonth.now(StatType.CALENDAR_ZONE).minusMonths(1);
  }
}
