package cn.nhjc.province.monitoring.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which unit figures a set of changed readings makes stale: a daily value its day, its month (whose
 * figure falls back to the sum of days), quarter and year; a monthly value its month, quarter and
 * year. Real-time and yearly values feed no figure.
 */
public final class RollupKeys {

  /** A unit and the start of one of its periods. */
  public record UnitPeriod(long unitId, LocalDate start) {}

  private final Map<PeriodType, Set<UnitPeriod>> keys = new EnumMap<>(PeriodType.class);

  public RollupKeys() {
    for (PeriodType type : PeriodType.values()) {
      keys.put(type, new LinkedHashSet<>());
    }
  }

  /**
   * Notes a changed reading of statType {@code statType} for the period starting on {@code day}.
   */
  public void changed(long unitId, int statType, LocalDate day) {
    if (statType == StatType.DAY.code()) {
      add(unitId, PeriodType.DAY, day);
    }
    if (statType == StatType.DAY.code() || statType == StatType.MONTH.code()) {
      for (PeriodType type : List.of(PeriodType.MONTH, PeriodType.QUARTER, PeriodType.YEAR)) {
        add(unitId, type, day);
      }
    }
  }

  /** Notes every period of the given type that holds {@code day}. */
  public void add(long unitId, PeriodType type, LocalDate day) {
    keys.get(type).add(new UnitPeriod(unitId, StatPeriod.containing(type, day).start()));
  }

  public List<UnitPeriod> of(PeriodType type) {
    return List.copyOf(keys.get(type));
  }

  public boolean isEmpty() {
    return keys.values().stream().allMatch(Set::isEmpty);
  }

  /** Every period whose figures change for some unit, in order (type, then start). */
  public SortedSet<StatPeriod> periods() {
    SortedSet<StatPeriod> periods =
        new TreeSet<>(Comparator.comparing(StatPeriod::type).thenComparing(StatPeriod::start));
    for (PeriodType type : PeriodType.values()) {
      for (UnitPeriod key : keys.get(type)) {
        periods.add(new StatPeriod(type, key.start()));
      }
    }
    return periods;
  }
}
