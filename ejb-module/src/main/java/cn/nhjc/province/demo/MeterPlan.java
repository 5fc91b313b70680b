package cn.nhjc.province.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The metering instruments of a demo unit: a level-1 meter per energy at the unit boundary and a
 * level-2 electricity meter per process. Calibration dates spread over the last 11 months with a
 * one-year period, so that each is valid and a few fall due within days; {@link DemoMetrology} lets
 * a few units' calibrations expire.
 */
final class MeterPlan {

  static final String ELECTRICITY_METER = "15260500";
  static final String GAS_METER = "12220000";
  static final String HEAT_METER = "12240000";
  static final String FLOW_METER = "12180000";
  static final String BELT_SCALE = "12061000";

  private static final int CALIBRATION_MONTHS = 12;
  private static final int OLDEST_CALIBRATION_DAYS = 340;

  private MeterPlan() {}

  static List<DemoMeter> metersOf(
      List<DemoEnergyShare> mix,
      List<DemoUnit.DemoProcess> processes,
      LocalDate today,
      Random random) {
    List<DemoMeter> meters = new ArrayList<>();
    DemoEnergyType electricity = null;
    for (DemoEnergyShare share : mix) {
      DemoEnergyType type = share.energyType();
      String meterType = meterTypeFor(type);
      meters.add(
          meter(
              DemoStructureNode.PLANT_KEY,
              meterType,
              "全厂" + type.name() + meterName(meterType),
              1,
              type,
              accuracyClass(meterType, 1),
              meters.size() + 1,
              today,
              random));
      if (type.isElectricity()) {
        electricity = type;
      }
    }
    if (electricity != null) {
      for (DemoUnit.DemoProcess process : processes) {
        meters.add(
            meter(
                DemoStructureNode.processKey(process.code()),
                ELECTRICITY_METER,
                process.name() + "电能表",
                2,
                electricity,
                accuracyClass(ELECTRICITY_METER, 2),
                meters.size() + 1,
                today,
                random));
      }
    }
    return meters;
  }

  /** Gases by volume, heat by energy, liquids by flow, solid fuels on the belt. */
  static String meterTypeFor(DemoEnergyType type) {
    String code = type.code();
    if (type.isElectricity()) {
      return ELECTRICITY_METER;
    }
    if (code.equals("3200") || code.equals("3700")) {
      return HEAT_METER;
    }
    if (code.equals("1500")
        || code.equals("1700")
        || code.equals("2400")
        || (code.compareTo("1100") >= 0 && code.compareTo("1400") <= 0)) {
      return GAS_METER;
    }
    if (code.equals("1600")
        || code.equals("4000")
        || (code.compareTo("1800") >= 0 && code.compareTo("2800") <= 0)) {
      return FLOW_METER;
    }
    return BELT_SCALE;
  }

  private static String meterName(String meterType) {
    return switch (meterType) {
      case ELECTRICITY_METER -> "关口电能表";
      case GAS_METER -> "燃气表";
      case HEAT_METER -> "热能表";
      case FLOW_METER -> "流量计";
      default -> "皮带秤";
    };
  }

  /**
   * Boundary meters better than process meters, as GB 17167 asks (oil flow 0.5 at the boundary).
   */
  private static String accuracyClass(String meterType, int level) {
    return switch (meterType) {
      case ELECTRICITY_METER -> level == 1 ? "0.5S" : "1.0";
      case GAS_METER -> level == 1 ? "1.0" : "1.5";
      case FLOW_METER -> level == 1 ? "0.5" : "1.5";
      case HEAT_METER -> "2";
      default -> "0.5";
    };
  }

  private static DemoMeter meter(
      String structureKey,
      String meterType,
      String name,
      int level,
      DemoEnergyType type,
      String accuracyClass,
      int sequence,
      LocalDate today,
      Random random) {
    LocalDate calibratedOn = today.minusDays(20 + random.nextInt(OLDEST_CALIBRATION_DAYS - 20));
    // the sequence keeps serial numbers unique within the unit whatever the random digits are
    String serialNo =
        String.format(
            "%s%02d%05d%02d",
            meterType.substring(0, 4),
            calibratedOn.getYear() % 100,
            random.nextInt(100_000),
            sequence);
    return new DemoMeter(
        structureKey,
        meterType,
        serialNo,
        name,
        level,
        type.code(),
        accuracyClass,
        calibratedOn,
        calibratedOn.plusMonths(CALIBRATION_MONTHS));
  }
}
