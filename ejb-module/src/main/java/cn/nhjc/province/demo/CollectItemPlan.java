package cn.nhjc.province.demo;

import cn.nhjc.province.monitoring.domain.StatType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The collect-item configuration of a demo unit: per energy a whole-plant consumption item (usage
 * 11) daily and monthly, a monthly purchase item (usage 10) for coal, a 15-minute item for
 * electricity, and a daily electricity item per process. The non-energy items come from {@link
 * IndicatorPlan}.
 */
final class CollectItemPlan {

  static final String CONSUMPTION = "11";
  static final String PURCHASE = "10";
  static final String WHOLE_PLANT = "00";
  static final String NO_UNIT = "00";
  static final String NO_EQUIPMENT = "0000";
  static final int SCOPE_PLANT = 1;
  static final int SCOPE_PROCESS = 2;

  /** Limits are 0 and this multiple of the typical value: wide enough for peaks and overhauls. */
  private static final BigDecimal MAX_OVER_TYPICAL = BigDecimal.valueOf(3);

  private static final int PROTOCOL_SLOTS_PER_DAY = 96;

  private CollectItemPlan() {}

  static List<DemoCollectItem> itemsOf(
      BigDecimal annualTce,
      List<DemoEnergyShare> mix,
      List<DemoUnit.DemoProcess> processes,
      Random random) {
    List<DemoCollectItem> items = new ArrayList<>();
    DemoEnergyShare electricity = null;
    for (DemoEnergyShare share : mix) {
      DemoEnergyType type = share.energyType();
      double daily = typicalDaily(annualTce, share);
      String code = plantCode(type, CONSUMPTION);
      String label = "全厂" + type.name() + "消费量";
      int meteredInput = meteredInputType(random);
      items.add(
          item(
              code,
              label + "（日）",
              DemoStructureNode.PLANT_KEY,
              type,
              CONSUMPTION,
              meteredInput,
              StatType.DAY,
              SCOPE_PLANT,
              daily));
      // monthly statements come from the enterprise's management information system (1)
      items.add(
          item(
              code,
              label + "（月）",
              DemoStructureNode.PLANT_KEY,
              type,
              CONSUMPTION,
              1,
              StatType.MONTH,
              SCOPE_PLANT,
              daily * 30.5));
      if (type.isCoal()) {
        items.add(
            item(
                plantCode(type, PURCHASE),
                "全厂" + type.name() + "购进量（月）",
                DemoStructureNode.PLANT_KEY,
                type,
                PURCHASE,
                1,
                StatType.MONTH,
                SCOPE_PLANT,
                daily * 30.5));
      }
      if (type.isElectricity()) {
        electricity = share;
        items.add(
            item(
                code,
                label + "（实时）",
                DemoStructureNode.PLANT_KEY,
                type,
                CONSUMPTION,
                4,
                StatType.REALTIME,
                SCOPE_PLANT,
                daily / PROTOCOL_SLOTS_PER_DAY));
      }
    }
    if (electricity != null) {
      DemoEnergyType type = electricity.energyType();
      double plantDaily = typicalDaily(annualTce, electricity);
      for (DemoUnit.DemoProcess process : processes) {
        String code =
            DemoCollectItem.dataCode(
                process.code(),
                NO_UNIT,
                NO_EQUIPMENT,
                type.energyClassCode(),
                type.code(),
                CONSUMPTION);
        items.add(
            item(
                code,
                process.name() + type.name() + "消费量（日）",
                DemoStructureNode.processKey(process.code()),
                type,
                CONSUMPTION,
                meteredInputType(random),
                StatType.DAY,
                SCOPE_PROCESS,
                plantDaily * process.electricityShare()));
      }
    }
    return items;
  }

  /** The amount of an energy a unit uses on an average day, in the energy type's own unit. */
  static double typicalDaily(BigDecimal annualTce, DemoEnergyShare share) {
    double kgcePerYear = annualTce.doubleValue() * 1000 * share.tceShare();
    return kgcePerYear / share.energyType().kgcePerUnit().doubleValue() / 365.25;
  }

  static String plantCode(DemoEnergyType type, String usage) {
    return DemoCollectItem.dataCode(
        WHOLE_PLANT, NO_UNIT, NO_EQUIPMENT, type.energyClassCode(), type.code(), usage);
  }

  /** Mostly field instruments (4) and control systems (3, 2); some read from the MIS (1). */
  private static int meteredInputType(Random random) {
    double pick = random.nextDouble();
    return pick < 0.6 ? 4 : pick < 0.75 ? 3 : pick < 0.85 ? 2 : 1;
  }

  private static DemoCollectItem item(
      String dataCode,
      String name,
      String structureKey,
      DemoEnergyType type,
      String usage,
      int inputType,
      StatType statType,
      int scope,
      double typical) {
    return item(
        dataCode,
        name,
        structureKey,
        type.energyClassCode(),
        type.code(),
        usage,
        inputType,
        statType,
        scope,
        typical);
  }

  /** An item with limits 0 and {@link #MAX_OVER_TYPICAL} times its typical value. */
  static DemoCollectItem item(
      String dataCode,
      String name,
      String structureKey,
      String energyClassCode,
      String energyTypeCode,
      String usage,
      int inputType,
      StatType statType,
      int scope,
      double typical) {
    BigDecimal max =
        BigDecimal.valueOf(typical).multiply(MAX_OVER_TYPICAL).setScale(3, RoundingMode.UP);
    return new DemoCollectItem(
        dataCode,
        name,
        structureKey,
        energyClassCode,
        energyTypeCode,
        usage,
        inputType,
        statType.code(),
        scope,
        BigDecimal.ZERO.setScale(3),
        max);
  }
}
