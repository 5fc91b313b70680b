package cn.nhjc.province.efficiency.application;

import cn.nhjc.province.monitoring.application.statistics.FigureRows;
import cn.nhjc.province.monitoring.application.statistics.Figures;
import cn.nhjc.province.monitoring.application.statistics.FiguresAssembler;
import cn.nhjc.province.monitoring.application.statistics.Statistics;
import cn.nhjc.province.monitoring.application.statistics.StatisticsReference;
import cn.nhjc.province.monitoring.domain.ElectricityConvention;
import cn.nhjc.province.monitoring.domain.PeriodType;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.platform.config.PlatformSettings;
import cn.nhjc.province.platform.persistence.SqlTimes;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the efficiency indicators and peer distributions of a month, quarter or year from the
 * rollups (unit_period_energy, unit_period_indicator) and the data-quality index, and finds the
 * periods whose sources changed since they were last computed. Internal: the refresh schedule's and
 * the demo's; requests only read what it stored.
 */
@Stateless
@PermitAll
public class EfficiencyRefresh {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @PersistenceContext private EntityManager em;
  @EJB private StatisticsReference reference;
  @EJB private PlatformSettings settings;
  @EJB private EfficiencyStore store;

  /**
   * The months, quarters and years from {@code efficiency.months-kept} months back whose rollups,
   * data quality or electricity convention differ from what their rows were computed from, oldest
   * first; also those that have rows but no rollups any more.
   */
  public List<StatPeriod> stalePeriods() {
    LocalDate from = firstKept();
    Map<StatPeriod, EfficiencyStore.Stamp> now = sources(from);
    Map<StatPeriod, EfficiencyStore.Stamp> stored = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select cast(period_type as varchar), to_char(period_start, 'YYYY-MM-DD'),"
                    + " source_rows, source_at, quality_at, convention from efficiency_period"
                    + " where period_start >= cast(?1 as date)")
            .setParameter(1, from.toString())
            .getResultList()) {
      Object[] c = (Object[]) row;
      stored.put(
          period(c[0], c[1]),
          new EfficiencyStore.Stamp(
              ((Number) c[2]).longValue(),
              SqlTimes.instant(c[3]),
              SqlTimes.instant(c[4]),
              (String) c[5]));
    }
    Set<StatPeriod> stale = new HashSet<>();
    now.forEach(
        (period, stamp) -> {
          if (!stamp.equals(stored.get(period))) {
            stale.add(period);
          }
        });
    stored.forEach(
        (period, stamp) -> {
          if (!now.containsKey(period) && stamp.sourceRows() > 0) {
            stale.add(period);
          }
        });
    return stale.stream()
        .sorted(
            (a, b) ->
                a.start().equals(b.start())
                    ? a.type().compareTo(b.type())
                    : a.start().compareTo(b.start()))
        .toList();
  }

  /** Computes the period again and replaces its rows, in a transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int refresh(StatPeriod period) {
    if (period.type() == PeriodType.DAY) {
      throw new IllegalArgumentException("efficiency is computed per month, quarter and year");
    }
    EfficiencyStore.Stamp stamp = sources(period.start()).getOrDefault(period, emptyStamp());
    ElectricityConvention convention = Statistics.orSetting(null, settings);
    FigureRows.Reference ref = reference.reference();
    FiguresAssembler assembler = new FiguresAssembler(ref, convention);
    Map<Long, List<FigureRows.Energy>> energies = new LinkedHashMap<>();
    for (Object row : periodQuery(EfficiencySql.PERIOD_ENERGY, period)) {
      Object[] c = (Object[]) row;
      energies.computeIfAbsent(((Number) c[0]).longValue(), id -> new ArrayList<>()).add(energy(c));
    }
    Map<Long, List<FigureRows.Indicator>> indicators = new LinkedHashMap<>();
    for (Object row : periodQuery(EfficiencySql.PERIOD_INDICATORS, period)) {
      Object[] c = (Object[]) row;
      indicators
          .computeIfAbsent(((Number) c[0]).longValue(), id -> new ArrayList<>())
          .add(
              new FigureRows.Indicator(
                  (String) c[1],
                  (String) c[2],
                  (BigDecimal) c[3],
                  BigDecimal.ZERO,
                  BigDecimal.ZERO,
                  1));
    }
    Set<Long> failed = new HashSet<>();
    for (Object id :
        em.createNativeQuery(EfficiencySql.FAILED_QUALITY)
            .setParameter(1, period.start().toString())
            .setParameter(2, period.end().toString())
            .getResultList()) {
      failed.add(((Number) id).longValue());
    }
    List<EfficiencyCalculator.UnitInput> units = new ArrayList<>();
    for (Object row : em.createNativeQuery(EfficiencySql.UNITS).getResultList()) {
      Object[] c = (Object[]) row;
      long id = ((Number) c[0]).longValue();
      List<FigureRows.Energy> e = energies.getOrDefault(id, List.of());
      List<FigureRows.Indicator> i = indicators.getOrDefault(id, List.of());
      if (e.isEmpty() && i.isEmpty()) {
        continue;
      }
      Figures figures =
          assembler.assemble(
              new FiguresAssembler.Subject("unit", (String) c[1], (String) c[1], (String) c[2]),
              period,
              e,
              new ArrayList<>(i),
              null,
              false);
      units.add(
          new EfficiencyCalculator.UnitInput(id, (String) c[3], figures, i, !failed.contains(id)));
    }
    EfficiencyCalculator.Result result =
        new EfficiencyCalculator(ref, policyLevels(settings.text("efficiency.policy-edition")))
            .compute(units);
    store.replace(
        period,
        result.indicators(),
        result.distributions(),
        new EfficiencyStore.Stamp(
            stamp.sourceRows(), stamp.sourceAt(), stamp.qualityAt(), convention.setting()),
        units.size());
    return units.size();
  }

  /** The policy levels of an edition, by limit standard. */
  public Map<String, PolicyLevels> policyLevels(String edition) {
    Map<String, PolicyLevels> levels = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select edition, limit_standard, benchmark, baseline,"
                    + " to_char(deadline, 'YYYY-MM-DD'), document, source"
                    + " from efficiency_policy_level where edition = ?1")
            .setParameter(1, edition.trim())
            .getResultList()) {
      Object[] c = (Object[]) row;
      levels.put(
          (String) c[1],
          new PolicyLevels(
              (String) c[0],
              (String) c[1],
              (BigDecimal) c[2],
              (BigDecimal) c[3],
              c[4] == null ? null : LocalDate.parse((String) c[4]),
              (String) c[5],
              (String) c[6]));
    }
    return levels;
  }

  /**
   * The first month kept current: {@code efficiency.months-kept} months back, this one included.
   */
  public LocalDate firstKept() {
    int months = Math.max(1, settings.integer("efficiency.months-kept"));
    LocalDate first = YearMonth.now(BEIJING).minusMonths(months - 1L).atDay(1);
    // the quarter and the year holding that month are kept whole
    return first.withDayOfYear(1);
  }

  /** The sources of every month, quarter and year starting on or after {@code from}. */
  private Map<StatPeriod, EfficiencyStore.Stamp> sources(LocalDate from) {
    String convention = Statistics.orSetting(null, settings).setting();
    Map<StatPeriod, long[]> rows = new HashMap<>();
    Map<StatPeriod, Instant> at = new HashMap<>();
    for (Object row :
        em.createNativeQuery(EfficiencySql.SOURCES)
            .setParameter(1, from.toString())
            .getResultList()) {
      Object[] c = (Object[]) row;
      StatPeriod period = period(c[0], c[1]);
      rows.computeIfAbsent(period, p -> new long[1])[0] += ((Number) c[2]).longValue();
      at.merge(period, SqlTimes.instant(c[3]), EfficiencyRefresh::later);
    }
    Map<YearMonth, Instant> quality = new HashMap<>();
    for (Object row :
        em.createNativeQuery(EfficiencySql.QUALITY_CHANGES)
            .setParameter(1, from.toString())
            .getResultList()) {
      Object[] c = (Object[]) row;
      quality.put(YearMonth.parse(((String) c[0]).substring(0, 7)), SqlTimes.instant(c[1]));
    }
    Map<StatPeriod, EfficiencyStore.Stamp> stamps = new HashMap<>();
    rows.forEach(
        (period, n) -> {
          Instant q = null;
          for (YearMonth month : period.months()) {
            q = later(q, quality.get(month));
          }
          stamps.put(period, new EfficiencyStore.Stamp(n[0], at.get(period), q, convention));
        });
    return stamps;
  }

  private EfficiencyStore.Stamp emptyStamp() {
    return new EfficiencyStore.Stamp(0, null, null, Statistics.orSetting(null, settings).setting());
  }

  private List<?> periodQuery(String sql, StatPeriod period) {
    return em.createNativeQuery(sql)
        .setParameter(1, period.type().code())
        .setParameter(2, period.start().toString())
        .getResultList();
  }

  private static Instant later(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }

  static StatPeriod period(Object type, Object start) {
    return new StatPeriod(PeriodType.ofCode((String) type), LocalDate.parse((String) start));
  }

  private static FigureRows.Energy energy(Object[] c) {
    return new FigureRows.Energy(
        (String) c[1],
        (String) c[2],
        (String) c[3],
        (String) c[4],
        (BigDecimal) c[5],
        (BigDecimal) c[6],
        (BigDecimal) c[7],
        (BigDecimal) c[8],
        (BigDecimal) c[9],
        (BigDecimal) c[10],
        (BigDecimal) c[11],
        (BigDecimal) c[12],
        (String) c[13],
        1,
        SqlTimes.instant(c[14]));
  }
}
