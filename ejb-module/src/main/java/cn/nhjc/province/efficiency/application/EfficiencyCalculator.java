package cn.nhjc.province.efficiency.application;

import cn.nhjc.province.efficiency.domain.PeerDistribution;
import cn.nhjc.province.efficiency.domain.PolicyLevel;
import cn.nhjc.province.efficiency.domain.SavingPotential;
import cn.nhjc.province.monitoring.application.statistics.EnergyFigure;
import cn.nhjc.province.monitoring.application.statistics.FigureRows;
import cn.nhjc.province.monitoring.application.statistics.Figures;
import cn.nhjc.province.monitoring.application.statistics.ProductFigure;
import cn.nhjc.province.monitoring.domain.Indicators;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the GB/T 2589 figures of every unit of a period into its efficiency indicators and ranks
 * them among their peers (docs/efficiency.md): unit-product consumption per limit standard, with
 * its grade, policy level and saving at the advanced value; products without a standard in kgce per
 * unit of output; intensities per 万元 of output value and value added; class-08 indicators as
 * reported. Pure: the refresh gives it the figures, it gives back the rows to store.
 */
public final class EfficiencyCalculator {

  public static final String INTENSITY_OUTPUT = "intensity-output";
  public static final String INTENSITY_VALUE_ADDED = "intensity-value-added";
  public static final String PRODUCT_PREFIX = "product:";
  public static final String REPORTED_PREFIX = "reported:";
  private static final String EFFICIENCY_CLASS = "08";
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  /** A unit's figures of the period, its GB/T 4754 class and whether its data is complete. */
  public record UnitInput(
      long unitId,
      String industryCode,
      Figures figures,
      List<FigureRows.Indicator> reported,
      boolean complete) {}

  /** The rows of a period. */
  public record Result(List<IndicatorRow> indicators, List<DistributionRow> distributions) {}

  private final FigureRows.Reference reference;
  private final Map<String, PolicyLevels> policy;

  /**
   * @param policy the policy levels of the edition in force, by limit standard
   */
  public EfficiencyCalculator(FigureRows.Reference reference, Map<String, PolicyLevels> policy) {
    this.reference = reference;
    this.policy = policy;
  }

  public Result compute(List<UnitInput> units) {
    List<IndicatorRow> rows = new ArrayList<>();
    for (UnitInput unit : units) {
      rows.addAll(indicators(unit));
    }
    return rank(rows);
  }

  /** The indicators of one unit, not yet ranked. */
  List<IndicatorRow> indicators(UnitInput unit) {
    List<IndicatorRow> rows = new ArrayList<>();
    Figures f = unit.figures();
    BigDecimal kgcePerKwh = electricityCoefficient(f);
    for (ProductFigure product : f.products()) {
      if (product.grades().isEmpty()) {
        BigDecimal value =
            product.output() == null || product.output().signum() <= 0
                ? null
                : f.comprehensiveTce()
                    .multiply(THOUSAND)
                    .divide(product.output(), Indicators.UNIT_PRODUCT_SCALE, RoundingMode.HALF_UP);
        if (value != null) {
          String code = PRODUCT_PREFIX + product.productCode();
          rows.add(
              row(unit, code, "product", product.productCode(), code, value, product.output()));
        }
        continue;
      }
      for (ProductFigure.ProductGrade grade : product.grades()) {
        if (grade.value() == null) {
          continue;
        }
        FigureRows.Standard standard = standard(grade.limitStandard());
        if ("electricity".equals(grade.basis()) && kgcePerKwh == null) {
          // no electricity reported: no electricity consumption per unit of output to show
          continue;
        }
        PolicyLevels levels = policy.get(grade.limitStandard());
        PolicyLevel level =
            levels == null
                ? null
                : PolicyLevel.of(grade.value(), levels.benchmark(), levels.baseline());
        rows.add(
            new IndicatorRow(
                unit.unitId(),
                grade.limitStandard(),
                "product",
                product.productCode(),
                grade.limitStandard(),
                grade.value(),
                product.output(),
                grade.grade(),
                level == null ? null : level.code(),
                SavingPotential.tce(
                    grade.value(),
                    grade.grade1(),
                    product.output(),
                    standard == null ? grade.indicatorUnit() : standard.numeratorUnit(),
                    kgcePerKwh),
                unit.complete(),
                null,
                null));
      }
    }
    if (f.intensityPerOutputValue() != null) {
      rows.add(
          row(
              unit,
              INTENSITY_OUTPUT,
              "intensity",
              reference.outputValueCode(),
              INTENSITY_OUTPUT + ":" + unit.industryCode(),
              f.intensityPerOutputValue(),
              f.outputValue()));
    }
    if (f.intensityPerValueAdded() != null) {
      rows.add(
          row(
              unit,
              INTENSITY_VALUE_ADDED,
              "intensity",
              reference.valueAddedCode(),
              INTENSITY_VALUE_ADDED + ":" + unit.industryCode(),
              f.intensityPerValueAdded(),
              f.valueAdded()));
    }
    for (FigureRows.Indicator reported : unit.reported()) {
      if (EFFICIENCY_CLASS.equals(reported.classCode())) {
        rows.add(
            row(
                unit,
                REPORTED_PREFIX + reported.itemCode(),
                "reported",
                reported.itemCode(),
                null,
                reported.amount(),
                null));
      }
    }
    return rows;
  }

  /** Ranks the complete rows of every peer group and computes the groups' distributions. */
  static Result rank(List<IndicatorRow> rows) {
    Map<String, List<IndicatorRow>> groups = new LinkedHashMap<>();
    for (IndicatorRow row : rows) {
      if (row.peerGroup() != null) {
        groups.computeIfAbsent(row.peerGroup(), g -> new ArrayList<>()).add(row);
      }
    }
    Map<IndicatorRow, IndicatorRow> ranked = new LinkedHashMap<>();
    List<DistributionRow> distributions = new ArrayList<>();
    for (Map.Entry<String, List<IndicatorRow>> group : groups.entrySet()) {
      List<BigDecimal> values = new ArrayList<>();
      int excluded = 0;
      for (IndicatorRow row : group.getValue()) {
        if (row.complete()) {
          values.add(row.value());
        } else {
          excluded++;
        }
      }
      for (IndicatorRow row : group.getValue()) {
        ranked.put(
            row,
            row.complete()
                ? row.ranked(PeerDistribution.percentile(row.value(), values), values.size())
                : row.ranked(null, values.size()));
      }
      distributions.add(
          new DistributionRow(
              group.getKey(),
              group.getValue().get(0).indicator(),
              PeerDistribution.of(values),
              excluded));
    }
    List<IndicatorRow> out = new ArrayList<>(rows.size());
    for (IndicatorRow row : rows) {
      out.add(ranked.getOrDefault(row, row));
    }
    return new Result(out, distributions);
  }

  private static IndicatorRow row(
      UnitInput unit,
      String indicator,
      String kind,
      String itemCode,
      String peerGroup,
      BigDecimal value,
      BigDecimal output) {
    return new IndicatorRow(
        unit.unitId(),
        indicator,
        kind,
        itemCode,
        peerGroup,
        value,
        output,
        null,
        null,
        null,
        unit.complete(),
        null,
        null);
  }

  private FigureRows.Standard standard(String code) {
    for (FigureRows.Standard s : reference.standards()) {
      if (s.limitStandard().equals(code)) {
        return s;
      }
    }
    return null;
  }

  private BigDecimal electricityCoefficient(Figures figures) {
    for (EnergyFigure e : figures.energies()) {
      if (e.energyTypeCode().equals(reference.electricityType())) {
        return e.coefficient();
      }
    }
    return null;
  }
}
