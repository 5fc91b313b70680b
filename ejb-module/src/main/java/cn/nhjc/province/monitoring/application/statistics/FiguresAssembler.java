package cn.nhjc.province.monitoring.application.statistics;

import cn.nhjc.province.monitoring.domain.ElectricityConvention;
import cn.nhjc.province.monitoring.domain.Indicators;
import cn.nhjc.province.monitoring.domain.LimitGrade;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns stored sums into the figures a page or the API shows: picks the electricity convention,
 * rounds tce, computes the mix, intensities and unit-product consumption with their grades.
 */
public final class FiguresAssembler {

  private static final String PRODUCT_CLASS = "04";
  private static final String ECONOMIC_CLASS = "09";

  private final FigureRows.Reference reference;
  private final ElectricityConvention convention;

  public FiguresAssembler(FigureRows.Reference reference, ElectricityConvention convention) {
    this.reference = reference;
    this.convention = convention;
  }

  /** Who the figures are of. */
  public record Subject(String kind, String code, String name, String level) {}

  /**
   * @param total for a group its stored total; for a unit {@code null} (derived from the energies)
   */
  public Figures assemble(
      Subject subject,
      StatPeriod period,
      List<FigureRows.Energy> energyRows,
      List<FigureRows.Indicator> indicatorRows,
      FigureRows.Total total,
      boolean closed) {
    boolean equal = convention == ElectricityConvention.EQUAL_VALUE;
    BigDecimal consumedTce = BigDecimal.ZERO;
    BigDecimal tceEquivalent = BigDecimal.ZERO;
    BigDecimal tceEqual = BigDecimal.ZERO;
    Instant computedAt = total == null ? null : total.computedAt();
    for (FigureRows.Energy row : energyRows) {
      consumedTce = consumedTce.add(equal ? row.consumedTceEqual() : row.consumedTce());
      tceEquivalent = tceEquivalent.add(row.tce());
      tceEqual = tceEqual.add(row.tceEqual());
      computedAt = latest(computedAt, row.computedAt());
    }
    if (total != null) {
      tceEquivalent = total.tce();
      tceEqual = total.tceEqual();
    }
    BigDecimal comprehensive = equal ? tceEqual : tceEquivalent;
    List<EnergyFigure> energies = new ArrayList<>();
    for (FigureRows.Energy row : energyRows) {
      BigDecimal consumedOfType = equal ? row.consumedTceEqual() : row.consumedTce();
      energies.add(
          new EnergyFigure(
              row.energyTypeCode(),
              row.name(),
              row.unit(),
              row.mixGroup(),
              row.consumed(),
              row.sentOut(),
              row.consumed().subtract(row.sentOut()),
              equal ? row.equalCoefficient() : row.coefficient(),
              Indicators.tce(equal ? row.tceEqual() : row.tce()),
              consumedOfType.signum() == 0 ? null : Indicators.share(consumedOfType, consumedTce),
              row.basis(),
              row.units()));
    }
    Map<String, FigureRows.Indicator> economic = new LinkedHashMap<>();
    List<FigureRows.Indicator> products = new ArrayList<>();
    for (FigureRows.Indicator row : indicatorRows) {
      if (ECONOMIC_CLASS.equals(row.classCode())) {
        economic.put(row.itemCode(), row);
      } else if (PRODUCT_CLASS.equals(row.classCode())) {
        products.add(row);
      }
    }
    FigureRows.Indicator outputValue = economic.get(reference.outputValueCode());
    FigureRows.Indicator valueAdded = economic.get(reference.valueAddedCode());
    boolean unit = total == null;
    int units = unit ? (energyRows.isEmpty() && indicatorRows.isEmpty() ? 0 : 1) : total.units();
    return new Figures(
        subject.kind(),
        subject.code(),
        subject.name(),
        subject.level(),
        period.toString(),
        period.type().name().toLowerCase(java.util.Locale.ROOT),
        period.start(),
        period.end().minusDays(1),
        convention.setting(),
        convention.label(),
        energies,
        mix(energyRows, consumedTce, equal),
        Indicators.tce(comprehensive),
        Indicators.tce(tceEquivalent),
        Indicators.tce(tceEqual),
        units,
        outputValue == null ? null : outputValue.amount(),
        valueAdded == null ? null : valueAdded.amount(),
        intensity(valueAdded, comprehensive, unit, equal),
        intensity(outputValue, comprehensive, unit, equal),
        products(products, energyRows, comprehensive, equal),
        closed,
        computedAt);
  }

  /** A unit's intensity divides its own figure; a group's the tce of the units that reported. */
  private static BigDecimal intensity(
      FigureRows.Indicator indicator, BigDecimal comprehensive, boolean unit, boolean equal) {
    if (indicator == null) {
      return null;
    }
    BigDecimal tce = unit ? comprehensive : equal ? indicator.tceEqual() : indicator.tce();
    return Indicators.intensity(tce, indicator.amount());
  }

  private List<MixShare> mix(List<FigureRows.Energy> rows, BigDecimal consumedTce, boolean equal) {
    List<MixShare> mix = new ArrayList<>();
    for (FigureRows.MixGroup group : reference.mixGroups()) {
      BigDecimal sum = BigDecimal.ZERO;
      boolean any = false;
      for (FigureRows.Energy row : rows) {
        BigDecimal consumed = equal ? row.consumedTceEqual() : row.consumedTce();
        if (group.code().equals(row.mixGroup()) && consumed.signum() != 0) {
          sum = sum.add(consumed);
          any = true;
        }
      }
      if (any) {
        mix.add(
            new MixShare(
                group.code(),
                group.name(),
                Indicators.tce(sum),
                Indicators.share(sum, consumedTce)));
      }
    }
    return mix;
  }

  private List<ProductFigure> products(
      List<FigureRows.Indicator> rows,
      List<FigureRows.Energy> energies,
      BigDecimal comprehensive,
      boolean equal) {
    BigDecimal electricity =
        energies.stream()
            .filter(e -> e.energyTypeCode().equals(reference.electricityType()))
            .map(e -> e.consumed().subtract(e.sentOut()))
            .findFirst()
            .orElse(BigDecimal.ZERO);
    List<ProductFigure> products = new ArrayList<>();
    rows.sort(Comparator.comparing(FigureRows.Indicator::itemCode));
    for (FigureRows.Indicator row : rows) {
      FigureRows.Product product =
          reference.products().stream()
              .filter(p -> p.code().equals(row.itemCode()))
              .findFirst()
              .orElse(new FigureRows.Product(row.itemCode(), row.itemCode(), ""));
      List<ProductFigure.ProductGrade> grades = new ArrayList<>();
      for (FigureRows.Standard standard : reference.standards()) {
        if (!Objects.equals(standard.productItemCode(), row.itemCode())) {
          continue;
        }
        BigDecimal value =
            Indicators.unitProduct(
                standard.basis(),
                standard.numeratorUnit(),
                comprehensive,
                electricity,
                row.amount());
        LimitGrade grade =
            LimitGrade.of(value, standard.grade1(), standard.grade2(), standard.grade3());
        grades.add(
            new ProductFigure.ProductGrade(
                standard.limitStandard(),
                standard.standard(),
                standard.indicator(),
                standard.indicatorUnit(),
                standard.basis(),
                value,
                standard.grade1(),
                standard.grade2(),
                standard.grade3(),
                grade == null ? null : grade.code(),
                grade == null ? null : grade.label()));
      }
      products.add(
          new ProductFigure(product.code(), product.name(), product.unit(), row.amount(), grades));
    }
    return products;
  }

  private static Instant latest(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
