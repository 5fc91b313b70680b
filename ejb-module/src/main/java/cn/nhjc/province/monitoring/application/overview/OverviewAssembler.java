package cn.nhjc.province.monitoring.application.overview;

import cn.nhjc.province.monitoring.application.statistics.EnergyFigure;
import cn.nhjc.province.monitoring.application.statistics.Figures;
import cn.nhjc.province.platform.input.Quote;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds the overview and the rankings from region figures of three periods (the period, the same
 * period a year before, the period before). Pure: no database, no container.
 *
 * @param electricity energy type code of electricity
 * @param rawCoal energy type codes counted as raw coal (原煤)
 * @param naturalGas energy type codes counted as natural gas (天然气)
 */
public record OverviewAssembler(String electricity, Set<String> rawCoal, Set<String> naturalGas) {

  /** The measures a ranking can order by. */
  public static final List<String> MEASURES =
      List.of("total", "intensity", "change", "periodChange", "completeness");

  /** Completeness of a region: data points received and expected. */
  public record Completeness(long received, long expected) {
    /** Per cent with 2 decimals; {@code null} when nothing was expected. */
    public BigDecimal percent() {
      return expected == 0
          ? null
          : BigDecimal.valueOf(received)
              .multiply(BigDecimal.valueOf(100))
              .divide(BigDecimal.valueOf(expected), 2, RoundingMode.HALF_UP);
    }
  }

  /**
   * Change from {@code base} to {@code value} in per cent, 2 decimals; {@code null} when either is
   * missing or the base is zero.
   */
  public static BigDecimal change(BigDecimal value, BigDecimal base) {
    if (value == null || base == null || base.signum() == 0) {
      return null;
    }
    return value
        .subtract(base)
        .multiply(BigDecimal.valueOf(100))
        .divide(base.abs(), 2, RoundingMode.HALF_UP);
  }

  /** The key figures of a region: total, electricity, raw coal, natural gas, intensity. */
  public List<KeyFigure> keyFigures(Figures now, Figures lastYear, Figures previous) {
    List<KeyFigure> figures = new ArrayList<>();
    figures.add(key("comprehensiveTce", "tce", now, lastYear, previous, Figures::comprehensiveTce));
    figures.add(physical("electricity", Set.of(electricity), now, lastYear, previous));
    figures.add(physical("rawCoal", rawCoal, now, lastYear, previous));
    figures.add(physical("naturalGas", naturalGas, now, lastYear, previous));
    figures.add(
        key(
            "intensityPerValueAdded",
            "tce/万元",
            now,
            lastYear,
            previous,
            Figures::intensityPerValueAdded));
    return figures;
  }

  /**
   * The regions below, in the order of the children's figures, each with its changes and
   * completeness; ranked by total.
   */
  public List<SubRegion> subRegions(
      List<Figures> now,
      Map<String, Figures> lastYear,
      Map<String, Figures> previous,
      Map<String, Completeness> completeness,
      Map<String, Integer> listedUnits) {
    List<SubRegion> regions = new ArrayList<>();
    for (Figures f : now) {
      Figures year = lastYear.get(f.code());
      Figures before = previous.get(f.code());
      Completeness c = completeness.get(f.code());
      regions.add(
          new SubRegion(
              0,
              f.code(),
              f.name(),
              f.level(),
              f.units(),
              listedUnits.getOrDefault(f.code(), 0),
              f.comprehensiveTce(),
              consumed(f, Set.of(electricity)),
              f.intensityPerValueAdded(),
              change(f.comprehensiveTce(), year == null ? null : year.comprehensiveTce()),
              change(f.comprehensiveTce(), before == null ? null : before.comprehensiveTce()),
              c == null ? null : c.percent()));
    }
    return rank(regions, "total", "desc");
  }

  /**
   * Orders the regions by a measure and numbers them; regions without the measure come last, in
   * code order. Equal measures share no rank: the code breaks the tie.
   */
  public static List<SubRegion> rank(List<SubRegion> regions, String by, String order) {
    Function<SubRegion, BigDecimal> measure =
        switch (by) {
          case "total" -> SubRegion::comprehensiveTce;
          case "intensity" -> SubRegion::intensityPerValueAdded;
          case "change" -> SubRegion::yearOnYear;
          case "periodChange" -> SubRegion::periodOnPeriod;
          case "completeness" -> SubRegion::completeness;
          default ->
              throw new IllegalArgumentException(
                  "rank by must be one of " + MEASURES + ": " + Quote.of(by));
        };
    Comparator<BigDecimal> values =
        switch (order) {
          case "desc" -> Comparator.<BigDecimal>reverseOrder();
          case "asc" -> Comparator.<BigDecimal>naturalOrder();
          default ->
              throw new IllegalArgumentException("order must be desc or asc: " + Quote.of(order));
        };
    List<SubRegion> sorted =
        regions.stream()
            .sorted(
                Comparator.comparing(measure, Comparator.nullsLast(values))
                    .thenComparing(SubRegion::code))
            .toList();
    List<SubRegion> ranked = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      SubRegion r = sorted.get(i);
      ranked.add(
          new SubRegion(
              i + 1,
              r.code(),
              r.name(),
              r.level(),
              r.units(),
              r.listedUnits(),
              r.comprehensiveTce(),
              r.electricity(),
              r.intensityPerValueAdded(),
              r.yearOnYear(),
              r.periodOnPeriod(),
              r.completeness()));
    }
    return ranked;
  }

  private KeyFigure physical(
      String key, Set<String> types, Figures now, Figures lastYear, Figures previous) {
    String unit =
        java.util.stream.Stream.of(now, lastYear, previous)
            .filter(java.util.Objects::nonNull)
            .flatMap(f -> f.energies().stream())
            .filter(e -> types.contains(e.energyTypeCode()))
            .map(EnergyFigure::unit)
            .findFirst()
            .orElse(null);
    return key(key, unit, now, lastYear, previous, f -> consumed(f, types));
  }

  private static KeyFigure key(
      String key,
      String unit,
      Figures now,
      Figures lastYear,
      Figures previous,
      Function<Figures, BigDecimal> measure) {
    BigDecimal value = measure.apply(now);
    BigDecimal year = lastYear == null ? null : measure.apply(lastYear);
    BigDecimal before = previous == null ? null : measure.apply(previous);
    return new KeyFigure(
        key, unit, value, year, before, change(value, year), change(value, before));
  }

  /** The physical amount consumed of the types; zero when none was reported. */
  private static BigDecimal consumed(Figures figures, Set<String> types) {
    return figures.energies().stream()
        .filter(e -> types.contains(e.energyTypeCode()))
        .map(EnergyFigure::consumed)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
