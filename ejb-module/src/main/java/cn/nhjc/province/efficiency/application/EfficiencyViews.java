package cn.nhjc.province.efficiency.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the efficiency services answer (docs/efficiency.md); values in base units. */
public final class EfficiencyViews {

  private EfficiencyViews() {}

  /**
   * A peer group's distribution among its complete units, lower being better. For an enterprise
   * user the values are {@code null} when the group holds fewer units than {@code
   * efficiency.min-peers-shown}; the counts are always given.
   *
   * @param excluded units of the group left out because their data failed the quality rule
   */
  public record Distribution(
      String peerGroup,
      int peers,
      int excluded,
      BigDecimal best,
      BigDecimal q1,
      BigDecimal median,
      BigDecimal q3,
      BigDecimal worst) {}

  /**
   * One indicator of a unit in a period.
   *
   * @param kind {@code product} (unit-product consumption), {@code intensity} (tce per 万元) or
   *     {@code reported} (a class-08 indicator as the unit reported it)
   * @param limitValue the standard's limit for existing plants (grade 3)
   * @param accessValue the standard's access value for new plants (grade 2)
   * @param advancedValue the standard's advanced value (grade 1)
   * @param grade {@code 1}, {@code 2}, {@code 3} or {@code over-limit}
   * @param distanceToAdvanced value − advanced value (negative: better than it)
   * @param savingTce tce the unit would save in the period at the advanced value
   * @param policyLevel {@code benchmark}, {@code between} or {@code below-baseline}
   * @param complete whether the unit's data passed the quality rule for the period
   * @param percentile among its complete peers: 100 the best, 0 the worst; {@code null} when left
   *     out or alone
   */
  public record IndicatorFigure(
      String indicator,
      String name,
      String kind,
      String itemCode,
      String unit,
      BigDecimal value,
      BigDecimal output,
      String outputUnit,
      String standard,
      BigDecimal limitValue,
      BigDecimal accessValue,
      BigDecimal advancedValue,
      String grade,
      String gradeLabel,
      BigDecimal distanceToAdvanced,
      BigDecimal savingTce,
      String policyLevel,
      String policyLevelLabel,
      BigDecimal benchmarkLevel,
      BigDecimal baselineLevel,
      LocalDate upgradeDeadline,
      boolean complete,
      BigDecimal percentile,
      Integer peers,
      Distribution distribution) {}

  /** A month of an indicator's trend, with the same month a year before and the change. */
  public record TrendPoint(
      String month, BigDecimal value, BigDecimal yearBefore, BigDecimal yearOnYear) {}

  /** An indicator's monthly trend. */
  public record Trend(String indicator, String name, String unit, List<TrendPoint> points) {}

  /**
   * A unit's indicators for a period and their trend over the 13 months up to its last month.
   *
   * @param electricityConvention the convention the indicators were computed under
   * @param computedAt when the period's indicators were computed from the rollups; {@code null}:
   *     not computed yet
   */
  public record UnitEfficiency(
      String creditCode,
      String name,
      String regionCode,
      String industryCode,
      String period,
      String electricityConvention,
      Instant computedAt,
      List<IndicatorFigure> indicators,
      List<Trend> trend) {}

  /** A unit of a benchmark in the caller's scope (government roles only). */
  public record PeerUnit(
      String creditCode,
      String name,
      String regionCode,
      BigDecimal value,
      BigDecimal output,
      String grade,
      String policyLevel,
      boolean complete,
      BigDecimal percentile) {}

  /** The caller's own position (enterprise users). */
  public record OwnPosition(
      BigDecimal value,
      String grade,
      String policyLevel,
      boolean complete,
      BigDecimal percentile) {}

  /**
   * How the units of the scope (narrowed to a region and an industry if asked) lie against the
   * policy levels: counts and shares of units and of output at each level.
   *
   * @param unplaced units no level places (a level missing from the data)
   */
  public record PolicySummary(
      String edition,
      String document,
      String source,
      BigDecimal benchmarkLevel,
      BigDecimal baselineLevel,
      LocalDate upgradeDeadline,
      int units,
      int atBenchmark,
      int between,
      int belowBaseline,
      int unplaced,
      BigDecimal unitShareAtBenchmark,
      BigDecimal unitShareBelowBaseline,
      BigDecimal outputShareAtBenchmark,
      BigDecimal outputShareBelowBaseline) {}

  /** One indicator's benchmark among its peers. */
  public record Benchmark(
      String indicator,
      String name,
      String unit,
      String period,
      String standard,
      BigDecimal limitValue,
      BigDecimal accessValue,
      BigDecimal advancedValue,
      Distribution distribution,
      PolicySummary policy,
      List<PeerUnit> units,
      OwnPosition own) {}
}
