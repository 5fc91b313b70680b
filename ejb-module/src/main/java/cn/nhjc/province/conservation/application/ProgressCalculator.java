package cn.nhjc.province.conservation.application;

import cn.nhjc.province.conservation.domain.Proration;
import cn.nhjc.province.conservation.domain.SeasonalForecast;
import cn.nhjc.province.conservation.domain.SeasonalForecast.Projection;
import cn.nhjc.province.conservation.domain.TargetKind;
import cn.nhjc.province.conservation.domain.WarningLevel;
import cn.nhjc.province.conservation.domain.WarningRules;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the progress of every holder of an issued annual target of a year within a region
 * prefix, from the monthly rollups: one statement per table for all the holders (targets, unit
 * energy, unit value added, region totals, region exclusions, region value added), whatever their
 * number.
 */
final class ProgressCalculator {

  private static final MathContext MC = MathContext.DECIMAL64;

  /** What the settings and the policy rules say, read once per call. */
  record Inputs(
      WarningRules warning,
      BigDecimal[] interval,
      int profileYears,
      boolean equalValue,
      String valueAddedItem,
      LocalDate firstIncompleteMonth) {}

  private final EntityManager em;
  private final Inputs inputs;

  ProgressCalculator(EntityManager em, Inputs inputs) {
    this.em = em;
    this.inputs = inputs;
  }

  /** A holder's target as issued. */
  record Holder(
      String level,
      String code,
      String kind,
      BigDecimal base,
      BigDecimal target,
      String name,
      String regionCode,
      Long unitId) {}

  /**
   * @param levels the levels wanted (province, city, county, unit)
   * @param prefix the region-code prefix of the caller's scope (or narrower)
   * @param only holder codes to keep, or {@code null} for all
   * @param kind the kind of target to keep, or {@code null} for both
   */
  List<ProgressRow> progress(
      int year, Collection<String> levels, String prefix, Set<String> only, String kind) {
    List<Holder> holders = holders(year, levels, prefix, only, kind);
    if (holders.isEmpty()) {
      return List.of();
    }
    LocalDate from = LocalDate.of(year - inputs.profileYears(), 1, 1);
    LocalDate yearEnd = LocalDate.of(year + 1, 1, 1);
    LocalDate to =
        inputs.firstIncompleteMonth().isBefore(yearEnd) ? inputs.firstIncompleteMonth() : yearEnd;
    String excluded = String.join(",", excludedEnergyTypes(year));
    Set<Long> unitIds = new LinkedHashSet<>();
    Set<Long> intensityUnitIds = new LinkedHashSet<>();
    Set<String> totalRegions = new LinkedHashSet<>();
    Set<String> intensityRegions = new LinkedHashSet<>();
    for (Holder holder : holders) {
      boolean intensity = TargetKind.of(holder.kind()) == TargetKind.INTENSITY;
      if (holder.unitId() != null) {
        unitIds.add(holder.unitId());
        if (intensity) {
          intensityUnitIds.add(holder.unitId());
        }
      } else {
        (intensity ? intensityRegions : totalRegions).add(holder.code());
      }
    }
    // each rollup is read only for the holders that use it: a unit's energy for both kinds, its
    // value added for intensity; a region's totals for total, its indicator row for intensity
    Map<String, Map<LocalDate, BigDecimal>> tce = new HashMap<>();
    Map<String, Map<LocalDate, BigDecimal>> indicatorTce = new HashMap<>();
    Map<String, Map<LocalDate, BigDecimal>> valueAdded = new HashMap<>();
    String unitColumn = inputs.equalValue() ? "e.tce_equal" : "e.tce";
    String regionColumn = inputs.equalValue() ? "tce_equal" : "tce";
    if (!unitIds.isEmpty()) {
      for (Object row :
          monthly(
              "select cast(e.unit_id as varchar), e.period_start, sum("
                  + unitColumn
                  + ") from unit_period_energy e where e.period_type = 'M' and e.period_start >="
                  + " cast(?1 as date) and e.period_start < cast(?2 as date) and e.unit_id = any"
                  + " (cast(string_to_array(?3, ',') as bigint[])) and not (e.energy_type_code ="
                  + " any (string_to_array(?4, ','))) group by e.unit_id, e.period_start",
              from,
              to,
              joined(unitIds),
              excluded)) {
        put(tce, (Object[]) row);
      }
    }
    if (!intensityUnitIds.isEmpty()) {
      for (Object row :
          monthly(
              "select cast(i.unit_id as varchar), i.period_start, i.amount from"
                  + " unit_period_indicator i where i.period_type = 'M' and i.period_start >="
                  + " cast(?1 as date) and i.period_start < cast(?2 as date) and i.unit_id = any"
                  + " (cast(string_to_array(?3, ',') as bigint[])) and i.class_code = '09' and"
                  + " i.item_code = ?4",
              from,
              to,
              joined(intensityUnitIds),
              inputs.valueAddedItem())) {
        put(valueAdded, (Object[]) row);
      }
    }
    if (!totalRegions.isEmpty()) {
      String codes = joined(totalRegions);
      for (Object row : regionSums("group_period_total", regionColumn, "", from, to, codes)) {
        put(tce, (Object[]) row);
      }
      if (!excluded.isEmpty()) {
        for (Object row :
            regionSums(
                "group_period_energy",
                regionColumn,
                " and energy_type_code = any (string_to_array(?4, ','))",
                from,
                to,
                codes,
                excluded)) {
          Object[] c = (Object[]) row;
          tce.computeIfAbsent((String) c[0], k -> new HashMap<>())
              .merge(date(c[1]), ((BigDecimal) c[2]).negate(), BigDecimal::add);
        }
      }
    }
    if (!intensityRegions.isEmpty()) {
      for (Object row :
          monthly(
              "select code, period_start, amount, "
                  + regionColumn
                  + " from group_period_indicator where dim = 'R' and period_type = 'M' and"
                  + " period_start >= cast(?1 as date) and period_start < cast(?2 as date) and"
                  + " code = any (string_to_array(?3, ',')) and class_code = '09' and item_code ="
                  + " ?4",
              from,
              to,
              joined(intensityRegions),
              inputs.valueAddedItem())) {
        Object[] c = (Object[]) row;
        put(valueAdded, c);
        indicatorTce
            .computeIfAbsent((String) c[0], k -> new HashMap<>())
            .put(date(c[1]), (BigDecimal) c[3]);
      }
    }
    BigDecimal elapsed = Proration.elapsedShare(year, completeMonths(year));
    List<ProgressRow> rows = new ArrayList<>(holders.size());
    for (Holder holder : holders) {
      String key = holder.unitId() != null ? String.valueOf(holder.unitId()) : holder.code();
      boolean intensity = TargetKind.of(holder.kind()) == TargetKind.INTENSITY;
      Map<LocalDate, BigDecimal> numerator =
          intensity && holder.unitId() == null
              ? indicatorTce.getOrDefault(key, Map.of())
              : tce.getOrDefault(key, Map.of());
      rows.add(
          row(
              year,
              holder,
              numerator,
              intensity ? valueAdded.getOrDefault(key, Map.of()) : null,
              elapsed));
    }
    return rows;
  }

  /**
   * A region rollup's monthly sums of {@code column} for the codes (?3); {@code filter} may name ?4
   * and on, bound from {@code more} after the codes.
   */
  private List<?> regionSums(
      String table, String column, String filter, LocalDate from, LocalDate to, Object... more) {
    return monthly(
        "select code, period_start, sum("
            + column
            + ") from "
            + table
            + " where dim = 'R' and period_type = 'M' and period_start >= cast(?1 as date) and"
            + " period_start < cast(?2 as date) and code = any (string_to_array(?3, ','))"
            + filter
            + " group by code, period_start",
        from,
        to,
        more);
  }

  /** A statement on the months {@code from} (?1) to before {@code to} (?2), then ?3, ?4… */
  private List<?> monthly(String sql, LocalDate from, LocalDate to, Object... more) {
    Query query =
        em.createNativeQuery(sql).setParameter(1, from.toString()).setParameter(2, to.toString());
    for (int i = 0; i < more.length; i++) {
      query.setParameter(i + 3, more[i]);
    }
    return query.getResultList();
  }

  private static String joined(Collection<?> values) {
    return String.join(",", values.stream().map(String::valueOf).toList());
  }

  private ProgressRow row(
      int year,
      Holder holder,
      Map<LocalDate, BigDecimal> energy,
      Map<LocalDate, BigDecimal> added,
      BigDecimal elapsed) {
    boolean intensity = added != null;
    BigDecimal[] months = months(year, energy, added);
    List<BigDecimal[]> past = new ArrayList<>();
    List<BigDecimal[]> pastAdded = new ArrayList<>();
    for (int y = year - inputs.profileYears(); y < year; y++) {
      BigDecimal[] values = months(y, energy, added);
      if (complete(values)) {
        past.add(values);
        if (intensity) {
          BigDecimal[] va = months(y, added, energy);
          if (complete(va)) {
            pastAdded.add(va);
          }
        }
      }
    }
    Projection projection = SeasonalForecast.project(year, months, past, inputs.interval());
    int scale = intensity ? 4 : 2;
    BigDecimal actual = projection.months() == 0 ? null : projection.toDate();
    BigDecimal forecast = projection.value();
    BigDecimal low = projection.low();
    BigDecimal high = projection.high();
    BigDecimal expected =
        Proration.expectedToDate(
            TargetKind.of(holder.kind()), holder.target(), Proration.coveredShare(year, months));
    BigDecimal change = null;
    if (intensity) {
      Projection va =
          SeasonalForecast.project(year, months(year, added, energy), pastAdded, inputs.interval());
      if (va.months() == 0 || va.toDate().signum() <= 0 || va.value().signum() <= 0) {
        actual = null;
        forecast = null;
        low = null;
        high = null;
      } else {
        actual = projection.toDate().divide(va.toDate(), MC);
        forecast = projection.value().divide(va.value(), MC);
        BigDecimal half = forecast.multiply(inputs.interval()[projection.months() - 1], MC);
        low = forecast.subtract(half);
        high = forecast.add(half);
        change = actual.subtract(holder.base()).divide(holder.base(), MC);
      }
    }
    BigDecimal ratio = forecast == null ? null : forecast.divide(holder.target(), MC);
    WarningLevel level =
        inputs
            .warning()
            .level(ratio == null ? null : r4(ratio), change == null ? null : r4(change));
    return new ProgressRow(
        holder.level(),
        holder.code(),
        holder.name(),
        holder.regionCode(),
        cityOf(holder.regionCode()),
        holder.kind(),
        holder.target(),
        holder.base(),
        projection.months(),
        SeasonalForecast.round(actual, scale),
        SeasonalForecast.round(expected, scale),
        actual == null ? null : r4(actual.divide(holder.target(), MC)),
        r4(elapsed),
        SeasonalForecast.round(forecast, scale),
        SeasonalForecast.round(low, scale),
        SeasonalForecast.round(high, scale),
        ratio == null ? null : r4(ratio),
        change == null ? null : r4(change),
        level == null ? null : level.code(),
        level == null ? null : level.label());
  }

  /** The year's monthly values, null where a month has none (or, with {@code also}, lacks that). */
  private static BigDecimal[] months(
      int year, Map<LocalDate, BigDecimal> values, Map<LocalDate, BigDecimal> also) {
    BigDecimal[] months = new BigDecimal[12];
    for (int k = 0; k < 12; k++) {
      LocalDate month = LocalDate.of(year, k + 1, 1);
      BigDecimal value = values.get(month);
      if (value != null && (also == null || also.containsKey(month))) {
        months[k] = value;
      }
    }
    return months;
  }

  private static boolean complete(BigDecimal[] months) {
    for (BigDecimal month : months) {
      if (month == null) {
        return false;
      }
    }
    return true;
  }

  private int completeMonths(int year) {
    LocalDate first = inputs.firstIncompleteMonth();
    if (first.getYear() > year) {
      return 12;
    }
    if (first.getYear() < year) {
      return 0;
    }
    return first.getMonthValue() - 1;
  }

  private List<Holder> holders(
      int year, Collection<String> levels, String prefix, Set<String> only, String kind) {
    List<Holder> holders = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select t.level, t.holder_code, t.kind, t.base_value, t.target_value,"
                    + " coalesce(r.name, u.name), coalesce(r.code, u.region_code), u.id from"
                    + " conservation_target t left join region r on t.level <> 'unit' and r.code ="
                    + " t.holder_code left join key_unit u on t.level = 'unit' and u.credit_code ="
                    + " t.holder_code where t.year = ?1 and t.term = 'annual' and t.status ="
                    + " 'issued' and t.level = any (string_to_array(?2, ',')) and"
                    + " coalesce(r.code, u.region_code) like ?3 || '%' order by case t.level when"
                    + " 'province' then 0 when 'city' then 1 when 'county' then 2 else 3 end,"
                    + " coalesce(r.code, u.region_code), t.holder_code, t.kind")
            .setParameter(1, year)
            .setParameter(2, joined(levels))
            .setParameter(3, prefix)
            .getResultList()) {
      Object[] c = (Object[]) row;
      if (c[5] == null
          || only != null && !only.contains((String) c[1])
          || kind != null && !kind.equals(c[2])) {
        continue;
      }
      holders.add(
          new Holder(
              (String) c[0],
              (String) c[1],
              (String) c[2],
              (BigDecimal) c[3],
              (BigDecimal) c[4],
              (String) c[5],
              (String) c[6],
              c[7] == null ? null : ((Number) c[7]).longValue()));
    }
    return holders;
  }

  /** The energy types the policy rules in force at the year's end take out of the total. */
  List<String> excludedEnergyTypes(int year) {
    Set<String> types = new LinkedHashSet<>();
    for (Object row :
        em.createNativeQuery(
                "select p.energy_types from conservation_policy p where p.applies and"
                    + " p.valid_from = (select max(q.valid_from) from conservation_policy q where"
                    + " q.rule = p.rule and q.valid_from <= cast(?1 as date))")
            .setParameter(1, LocalDate.of(year, 12, 31).toString())
            .getResultList()) {
      for (String type : ((String) row).split(",")) {
        if (!type.isBlank()) {
          types.add(type.trim());
        }
      }
    }
    return List.copyOf(types);
  }

  private static void put(Map<String, Map<LocalDate, BigDecimal>> into, Object[] c) {
    into.computeIfAbsent((String) c[0], k -> new HashMap<>()).put(date(c[1]), (BigDecimal) c[2]);
  }

  private static LocalDate date(Object value) {
    return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
  }

  static String cityOf(String regionCode) {
    return regionCode.endsWith("0000") ? regionCode : regionCode.substring(0, 4) + "00";
  }

  private static BigDecimal r4(BigDecimal value) {
    return SeasonalForecast.round(value, 4);
  }
}
