package cn.nhjc.province.exchange.application;

import cn.nhjc.province.exchange.domain.SupplyComparison;
import cn.nhjc.province.monitoring.domain.StatType;
import cn.nhjc.province.platform.config.PlatformConfig;
import cn.nhjc.province.platform.config.PlatformSettings;
import cn.nhjc.province.platform.input.Quote;
import cn.nhjc.province.platform.security.CallerScope;
import cn.nhjc.province.platform.security.CurrentCaller;
import cn.nhjc.province.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Supply reconciliation: per unit and month, what the energy suppliers say they delivered of one
 * energy type against what the unit reported as purchased. Province roles see the province, a city
 * official the own city.
 *
 * <p>Supplied = per supplier, the month's monthly figure, or the sum of its daily figures when it
 * sent no monthly one; summed over suppliers. Reported = the unit's monthly whole-plant readings of
 * that energy type (energy class 01/02) with usage 10 (购进); a unit that reports no purchase item is
 * taken at its consumption items (setting {@code accounting.consumption-usage-codes}) instead, so
 * that a unit reporting both is not counted twice.
 */
@Stateless
@RolesAllowed({
  Roles.PROVINCE_OFFICIAL,
  Roles.SUPERVISOR,
  Roles.PLATFORM_ADMIN,
  Roles.CITY_OFFICIAL
})
public class Reconciliation {
  static final String PURCHASE_USAGE = "10";

  private static final String QUERY =
      """
      with per_supplier as (
        select f.unit_id, f.supplier_id,
               case when bool_or(f.stat_type = 2) then sum(f.amount) filter (where f.stat_type = 2)
                    else sum(f.amount) end as amount
          from supply_figure f
         where f.energy_type_code = ?1 and f.stat_date >= ?2 and f.stat_date < ?3
         group by f.unit_id, f.supplier_id),
      supplied as (
        select unit_id, sum(amount) as amount from per_supplier group by unit_id),
      items as (
        select r.unit_id, substr(r.data_code, 19, 2) = ?4 as purchase, r.value
          from reading r
         where r.stat_type = 2 and r.stat_date = ?2
           and r.data_code like '00-00-0000-%'
           and substr(r.data_code, 12, 2) in ('01', '02')
           and substr(r.data_code, 14, 4) = ?1
           and substr(r.data_code, 19, 2) = any (string_to_array(?5, ','))),
      reported as (
        select unit_id,
               case when bool_or(purchase) then sum(value) filter (where purchase)
                    else sum(value) end as amount
          from items group by unit_id)
      select u.credit_code, u.name, u.region_code, g.name, s.amount, p.amount
        from key_unit u
        join region g on g.code = u.region_code
        left join supplied s on s.unit_id = u.id
        left join reported p on p.unit_id = u.id
       where (s.unit_id is not null or p.unit_id is not null)
         and u.region_code like ?6
       order by u.credit_code
      """;

  @PersistenceContext private EntityManager em;
  @EJB private CurrentCaller caller;
  @EJB private PlatformSettings settings;
  @Inject private PlatformConfig config;

  /**
   * @throws IllegalArgumentException for an energy type that is not in dictionary 8
   */
  public ReconciliationReport reconcile(YearMonth period, String energyTypeCode) {
    CallerScope scope = caller.requireScope();
    String prefix = scope.regionPrefix(config.provinceCode());
    if (prefix == null) {
      throw new jakarta.ejb.EJBAccessException("reconciliation needs a regional scope");
    }
    EnergyTypeOption type = energyType(energyTypeCode);
    BigDecimal tolerance =
        new BigDecimal(settings.text("exchange.reconciliation-tolerance").trim());
    Set<String> usages = new LinkedHashSet<>(consumptionUsageCodes());
    usages.add(PURCHASE_USAGE);
    List<?> rows =
        em.createNativeQuery(QUERY)
            .setParameter(1, type.code())
            .setParameter(2, Timestamp.from(StatType.startOfDay(period.atDay(1)).toInstant()))
            .setParameter(
                3, Timestamp.from(StatType.startOfDay(period.plusMonths(1).atDay(1)).toInstant()))
            .setParameter(4, PURCHASE_USAGE)
            .setParameter(5, String.join(",", usages))
            .setParameter(6, prefix + "%")
            .getResultList();
    List<Compared> compared = new ArrayList<>(rows.size());
    for (Object result : rows) {
      Object[] row = (Object[]) result;
      compared.add(
          new Compared(
              row, SupplyComparison.of((BigDecimal) row[4], (BigDecimal) row[5], tolerance)));
    }
    compared.sort((a, b) -> SupplyComparison.BY_DEVIATION.compare(a.comparison(), b.comparison()));
    List<ReconciliationRow> report = new ArrayList<>(compared.size());
    for (Compared c : compared) {
      SupplyComparison comparison = c.comparison();
      report.add(
          new ReconciliationRow(
              (String) c.row()[0],
              (String) c.row()[1],
              (String) c.row()[2],
              (String) c.row()[3],
              comparison.supplied(),
              comparison.reported(),
              comparison.difference(),
              comparison.differenceRate(),
              comparison.flagged()));
    }
    int flagged = (int) report.stream().filter(ReconciliationRow::flagged).count();
    return new ReconciliationReport(
        period.toString(), type.code(), type.name(), type.unit(), tolerance, flagged, report);
  }

  /** The energy types the registered suppliers supply, for the page's choice. */
  public List<EnergyTypeOption> suppliedEnergyTypes() {
    Set<String> codes = new TreeSet<>();
    for (Object value :
        em.createNativeQuery("select energy_type_codes from energy_supplier").getResultList()) {
      codes.addAll(SupplyFigures.types((String) value));
    }
    List<EnergyTypeOption> types = new ArrayList<>();
    for (String code : codes) {
      types.add(energyType(code));
    }
    return types;
  }

  private EnergyTypeOption energyType(String code) {
    if (code == null || !code.trim().matches("\\d{4}")) {
      throw new IllegalArgumentException("energyType must be a four-digit energy type code");
    }
    List<?> rows =
        em.createNativeQuery("select code, name, unit from energy_type where code = ?1")
            .setParameter(1, code.trim())
            .getResultList();
    if (rows.isEmpty()) {
      throw new IllegalArgumentException(
          "energyType " + Quote.of(code) + " is not in the dictionary");
    }
    Object[] row = (Object[]) rows.get(0);
    return new EnergyTypeOption((String) row[0], (String) row[1], (String) row[2]);
  }

  private List<String> consumptionUsageCodes() {
    return Arrays.stream(settings.text("accounting.consumption-usage-codes").split(","))
        .map(String::trim)
        .filter(code -> !code.isEmpty())
        .toList();
  }

  private record Compared(Object[] row, SupplyComparison comparison) {}
}
