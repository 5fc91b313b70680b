package cn.nhjc.province.demo;

import cn.nhjc.province.monitoring.domain.StatType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The non-energy collect items of a demo unit that energy accounting needs: monthly industrial
 * output value and value added (class 09), daily and monthly output of the unit's product (class
 * 04) and, for combined heat and power plants, daily and monthly heat sent out (热力, usage 30).
 */
final class IndicatorPlan {

  /** Usage code of items that are not an energy flow (economic indicators, products). */
  static final String NO_USAGE = "00";

  /** Usage code of energy sent out of the unit (输出/外供, dictionary 14). */
  static final String SENT_OUT = "30";

  static final String ECONOMIC_CLASS = "09";
  static final String PRODUCT_CLASS = "04";
  static final String OUTPUT_VALUE = "0001";
  static final String VALUE_ADDED = "0002";
  static final String HEAT = "3200";

  /** 热电联产: the only industry whose units send heat out. */
  static final String HEAT_SENDING_INDUSTRY = "D4412";

  /**
   * Base share of the coal's kgce a unit sends out as heat; the heat's stronger winter peak moves
   * the day's share between -12 % and +8 % of it, so that it stays within 25–40 %.
   */
  private static final double HEAT_SHARE_MIN = 0.285;

  private static final double HEAT_SHARE_MAX = 0.355;

  /** Shares of the units whose unit consumption lies at grade 1, 2, 3 and above the limit. */
  private static final double[] GRADE_SHARES = {0.30, 0.40, 0.20, 0.10};

  private static final double DAYS_PER_YEAR = 365.25;
  private static final double DAYS_PER_MONTH = 30.5;

  private IndicatorPlan() {}

  /** Draws the unit's figures; always the same number of draws, whatever the industry. */
  static DemoIndicators draw(
      IndustryProfile profile,
      List<DemoEnergyShare> mix,
      Map<String, DemoEnergyType> energyTypes,
      Random random) {
    double intensity = profile.intensityPerValueAdded() * (0.9 + 0.2 * random.nextDouble());
    double band = random.nextDouble();
    double within = random.nextDouble();
    double heatPick = random.nextDouble();
    DemoProduct product = profile.product();
    boolean electricityOnly = product != null && product.basis() == DemoProduct.Basis.KWH;
    if (electricityOnly && mix.stream().noneMatch(s -> s.energyType().isElectricity())) {
      product = null;
    }
    double unitConsumption = product == null ? 0 : unitConsumption(product, band, within);
    DemoEnergyType heat = null;
    if (profile.industryCode().equals(HEAT_SENDING_INDUSTRY)
        && mix.stream().anyMatch(s -> s.energyType().isCoal())) {
      heat = energyTypes.get(HEAT);
    }
    double heatShare =
        heat == null ? 0 : HEAT_SHARE_MIN + (HEAT_SHARE_MAX - HEAT_SHARE_MIN) * heatPick;
    return new DemoIndicators(
        intensity, profile.outputValueRatio(), product, unitConsumption, heat, heatShare);
  }

  /**
   * A unit consumption in one of the bands low–grade 1, grade 1–2, grade 2–3, grade 3–high, the
   * band picked with {@link #GRADE_SHARES}; each band includes its upper bound, as a grade does. A
   * product without grades spreads evenly over low–high.
   */
  static double unitConsumption(DemoProduct product, double bandPick, double withinPick) {
    if (!product.graded()) {
      return product.low() + (product.high() - product.low()) * withinPick;
    }
    List<Double> grades = product.grades();
    double[] bounds = {product.low(), grades.get(0), grades.get(1), grades.get(2), product.high()};
    int band = 0;
    double target = bandPick;
    while (band < GRADE_SHARES.length - 1 && target >= GRADE_SHARES[band]) {
      target -= GRADE_SHARES[band];
      band++;
    }
    double top = bounds[band + 1];
    return top - (top - bounds[band]) * withinPick;
  }

  static List<DemoCollectItem> itemsOf(
      BigDecimal annualTce, List<DemoEnergyShare> mix, DemoIndicators indicators) {
    List<DemoCollectItem> items = new ArrayList<>();
    double valueAdded = annualTce.doubleValue() / 12 / indicators.tcePerValueAdded();
    items.add(economic(OUTPUT_VALUE, "全厂工业总产值（月）", valueAdded * indicators.outputValueRatio()));
    items.add(economic(VALUE_ADDED, "全厂工业增加值（月）", valueAdded));
    DemoProduct product = indicators.product();
    if (product != null) {
      double daily = dailyBasis(annualTce, mix, product.basis()) / indicators.unitConsumption();
      String code = productCode(product);
      String name = product.itemName();
      String type = product.productCode();
      items.add(plant(code, name + "（日）", PRODUCT_CLASS, type, NO_USAGE, StatType.DAY, daily));
      items.add(plant(code, name + "（月）", PRODUCT_CLASS, type, NO_USAGE, StatType.MONTH, daily));
    }
    DemoEnergyType heat = indicators.heat();
    if (heat != null) {
      double coalKgce = 0;
      for (DemoEnergyShare share : mix) {
        if (share.energyType().isCoal()) {
          coalKgce += annualTce.doubleValue() * 1000 * share.tceShare() / DAYS_PER_YEAR;
        }
      }
      double daily = coalKgce * indicators.heatShare() / heat.kgcePerUnit().doubleValue();
      String code = CollectItemPlan.plantCode(heat, SENT_OUT);
      String name = "全厂" + heat.name() + "输出量";
      String heatClass = heat.energyClassCode();
      items.add(plant(code, name + "（日）", heatClass, HEAT, SENT_OUT, StatType.DAY, daily));
      items.add(plant(code, name + "（月）", heatClass, HEAT, SENT_OUT, StatType.MONTH, daily));
    }
    return items;
  }

  static String economicCode(String indicator) {
    return plantCode(ECONOMIC_CLASS, indicator, NO_USAGE);
  }

  static String productCode(DemoProduct product) {
    return plantCode(PRODUCT_CLASS, product.productCode(), NO_USAGE);
  }

  /** A typical day's consumption of the unit in the product's basis: kgce, gce or kWh. */
  private static double dailyBasis(
      BigDecimal annualTce, List<DemoEnergyShare> mix, DemoProduct.Basis basis) {
    double kgce = annualTce.doubleValue() * 1000 / DAYS_PER_YEAR;
    return switch (basis) {
      case KGCE -> kgce;
      case GCE -> kgce * 1000;
      case KWH ->
          mix.stream()
              .filter(share -> share.energyType().isElectricity())
              .mapToDouble(share -> CollectItemPlan.typicalDaily(annualTce, share))
              .sum();
    };
  }

  private static String plantCode(String energyClass, String type, String usage) {
    return DemoCollectItem.dataCode(
        CollectItemPlan.WHOLE_PLANT,
        CollectItemPlan.NO_UNIT,
        CollectItemPlan.NO_EQUIPMENT,
        energyClass,
        type,
        usage);
  }

  /** Monthly statements of the finance department, from the MIS (input type 1). */
  private static DemoCollectItem economic(String indicator, String name, double monthly) {
    return CollectItemPlan.item(
        economicCode(indicator),
        name,
        DemoStructureNode.PLANT_KEY,
        ECONOMIC_CLASS,
        indicator,
        NO_USAGE,
        1,
        StatType.MONTH,
        CollectItemPlan.SCOPE_PLANT,
        monthly);
  }

  /**
   * A whole-plant item measured daily by a field instrument (4) and stated monthly from the MIS
   * (1); the typical month is {@link #DAYS_PER_MONTH} typical days.
   */
  private static DemoCollectItem plant(
      String code,
      String name,
      String energyClass,
      String type,
      String usage,
      StatType statType,
      double typicalDaily) {
    boolean daily = statType == StatType.DAY;
    return CollectItemPlan.item(
        code,
        name,
        DemoStructureNode.PLANT_KEY,
        energyClass,
        type,
        usage,
        daily ? 4 : 1,
        statType,
        CollectItemPlan.SCOPE_PLANT,
        daily ? typicalDaily : typicalDaily * DAYS_PER_MONTH);
  }
}
