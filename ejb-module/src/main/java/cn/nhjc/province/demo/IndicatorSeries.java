package cn.nhjc.province.demo;

import cn.nhjc.province.monitoring.domain.ReadingPoint;
import cn.nhjc.province.monitoring.domain.StatType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * The non-energy readings of one demo unit ({@link IndicatorPlan}), fed by {@link ReadingSeries}
 * with each day's and each month's energy values: the day's output is the day's consumption (in the
 * product's basis) over the unit's unit consumption, ±2 %; heat sent out a share of the day's coal
 * that rises in winter; value added the month's tce over the unit's intensity, ±5 %, and output
 * value a multiple of it. Monthly output and heat are the exact sums of the daily values; monthly
 * values exist for complete months only.
 *
 * <p>The noise comes from a Random of its own, seeded from the unit's reading seed, so that the
 * energy readings are the same with or without these items.
 */
final class IndicatorSeries {

  private static final long SALT = 0x1D1CA7025L;
  private static final double OUTPUT_NOISE = 0.01;
  private static final double HEAT_NOISE = 0.01;
  private static final double VALUE_ADDED_NOISE = 0.025;

  private final DemoUnit unit;
  private final DemoIndicators indicators;
  private final long unitId;
  private final Random random;
  private DemoCollectItem outputValue;
  private DemoCollectItem valueAdded;
  private DemoCollectItem productDaily;
  private DemoCollectItem productMonthly;
  private DemoCollectItem heatDaily;
  private DemoCollectItem heatMonthly;
  private BigDecimal productSum = zero();
  private BigDecimal heatSum = zero();

  IndicatorSeries(DemoUnit unit, long unitId) {
    this.unit = unit;
    this.indicators = unit.indicators();
    this.unitId = unitId;
    this.random = new Random(unit.readingSeed() ^ SALT);
    String outputValueCode = IndicatorPlan.economicCode(IndicatorPlan.OUTPUT_VALUE);
    String valueAddedCode = IndicatorPlan.economicCode(IndicatorPlan.VALUE_ADDED);
    String productCode =
        indicators.product() == null ? null : IndicatorPlan.productCode(indicators.product());
    String heatCode =
        indicators.heat() == null
            ? null
            : CollectItemPlan.plantCode(indicators.heat(), IndicatorPlan.SENT_OUT);
    for (DemoCollectItem item : unit.collectItems()) {
      boolean daily = item.statType() == StatType.DAY.code();
      String code = item.dataCode();
      if (code.equals(outputValueCode)) {
        outputValue = item;
      } else if (code.equals(valueAddedCode)) {
        valueAdded = item;
      } else if (code.equals(productCode)) {
        if (daily) {
          productDaily = item;
        } else {
          productMonthly = item;
        }
      } else if (code.equals(heatCode)) {
        if (daily) {
          heatDaily = item;
        } else {
          heatMonthly = item;
        }
      }
    }
  }

  /**
   * @param values the day's consumption of each energy of {@code mix}, as stored
   */
  void day(
      LocalDate day,
      Instant statDate,
      List<DemoEnergyShare> mix,
      BigDecimal[] values,
      List<ReadingPoint> batch) {
    if (productDaily != null) {
      double basis =
          switch (indicators.product().basis()) {
            case KGCE -> kgce(mix, values);
            case GCE -> kgce(mix, values) * 1000;
            case KWH -> electricity(mix, values);
          };
      double amount =
          basis / indicators.unitConsumption() * (1 + ReadingSeries.noise(random, OUTPUT_NOISE));
      BigDecimal output = scaled(amount);
      batch.add(ReadingSeries.point(unitId, productDaily, statDate, output));
      productSum = productSum.add(output);
    }
    if (heatDaily != null) {
      double heatKgce = 0;
      for (int e = 0; e < mix.size(); e++) {
        DemoEnergyType type = mix.get(e).energyType();
        if (type.isCoal()) {
          // the coal follows the plant's seasonal shape, the heat the stronger one of heat
          double winter =
              ReadingSeries.seasonal(unit.industryCode(), IndicatorPlan.HEAT, day)
                  / ReadingSeries.seasonal(unit.industryCode(), type.code(), day);
          heatKgce +=
              values[e].doubleValue()
                  * type.kgcePerUnit().doubleValue()
                  * indicators.heatShare()
                  * winter;
        }
      }
      double megajoules =
          heatKgce
              / indicators.heat().kgcePerUnit().doubleValue()
              * (1 + ReadingSeries.noise(random, HEAT_NOISE));
      BigDecimal heat = scaled(megajoules);
      batch.add(ReadingSeries.point(unitId, heatDaily, statDate, heat));
      heatSum = heatSum.add(heat);
    }
  }

  /**
   * Ends a month: its values when it is complete, then the sums start again.
   *
   * @param sums the month's consumption of each energy of {@code mix}
   */
  void endOfMonth(
      Instant monthStart,
      boolean complete,
      List<DemoEnergyShare> mix,
      BigDecimal[] sums,
      List<ReadingPoint> batch) {
    if (complete) {
      double tce = kgce(mix, sums) / 1000;
      double added =
          tce
              / indicators.tcePerValueAdded()
              * (1 + ReadingSeries.noise(random, VALUE_ADDED_NOISE));
      BigDecimal addedValue = scaled(added);
      BigDecimal output = scaled(addedValue.doubleValue() * indicators.outputValueRatio());
      batch.add(ReadingSeries.point(unitId, outputValue, monthStart, output));
      batch.add(ReadingSeries.point(unitId, valueAdded, monthStart, addedValue));
      if (productMonthly != null) {
        batch.add(ReadingSeries.point(unitId, productMonthly, monthStart, productSum));
      }
      if (heatMonthly != null) {
        batch.add(ReadingSeries.point(unitId, heatMonthly, monthStart, heatSum));
      }
    }
    productSum = zero();
    heatSum = zero();
  }

  /** Comprehensive consumption in kgce, at the coefficients of the demo's energy types. */
  private static double kgce(List<DemoEnergyShare> mix, BigDecimal[] values) {
    double kgce = 0;
    for (int e = 0; e < mix.size(); e++) {
      kgce += values[e].doubleValue() * mix.get(e).energyType().kgcePerUnit().doubleValue();
    }
    return kgce;
  }

  private static double electricity(List<DemoEnergyShare> mix, BigDecimal[] values) {
    double kwh = 0;
    for (int e = 0; e < mix.size(); e++) {
      if (mix.get(e).energyType().isElectricity()) {
        kwh += values[e].doubleValue();
      }
    }
    return kwh;
  }

  private static BigDecimal scaled(double amount) {
    return BigDecimal.valueOf(amount).setScale(ReadingSeries.SCALE, RoundingMode.HALF_UP);
  }

  private static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(ReadingSeries.SCALE);
  }
}
