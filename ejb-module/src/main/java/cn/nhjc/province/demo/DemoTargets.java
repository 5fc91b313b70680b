package cn.nhjc.province.demo;

import cn.nhjc.province.conservation.application.TargetInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The demo province's dual-control targets for the current and the previous year: the province,
 * every city, every county with units and every unit, total and intensity, set around each holder's
 * expected consumption (the units' annual tce) with factors that cycle, so that every warning level
 * and every assessment grade appears; and the measures of each unit's scoring sheet, a share of the
 * items' most points that cycles on another rhythm. A pure function of the units.
 */
final class DemoTargets {

  /** Target ÷ expected consumption (or intensity): green, green, yellow, red. */
  static final double[] TOTAL_FACTORS = {1.15, 1.06, 0.98, 0.90};

  static final double[] INTENSITY_FACTORS = {1.12, 1.05, 0.98, 0.92};

  /** Share of the sheet's points: 超额完成, 完成, 完成, 基本完成 when the target is met. */
  static final double[] MEASURE_SHARES = {1.0, 0.8, 0.55, 0.25};

  static final String RECORDED_BY = "demo";

  private DemoTargets() {}

  record Plan(
      List<TargetInput> targets,
      Map<String, String> allocatedBy,
      Map<String, BigDecimal> measures) {}

  static Plan plan(String provinceCode, List<DemoUnit> units, int year) {
    List<TargetInput> targets = new ArrayList<>();
    Map<String, String> allocatedBy = new HashMap<>();
    Map<String, BigDecimal> measures = new LinkedHashMap<>();
    Map<String, double[]> regions = new LinkedHashMap<>();
    for (DemoUnit unit : units) {
      double tce = unit.annualTce().doubleValue();
      double added = tce / unit.indicators().tcePerValueAdded();
      int i = unit.index();
      for (int y = year - 1; y <= year; y++) {
        targets.add(target("unit", unit.creditCode(), "total", y, tce, TOTAL_FACTORS[i % 4], 2));
        targets.add(
            target(
                "unit",
                unit.creditCode(),
                "intensity",
                y,
                unit.indicators().tcePerValueAdded(),
                INTENSITY_FACTORS[(i / 2) % 4],
                4));
      }
      allocatedBy.put(unit.creditCode(), unit.cityCode());
      measures.put(unit.creditCode(), BigDecimal.valueOf(MEASURE_SHARES[(i / 4) % 4]));
      for (String region :
          new java.util.LinkedHashSet<>(
              List.of(provinceCode, unit.cityCode(), unit.regionCode()))) {
        double[] sums = regions.computeIfAbsent(region, k -> new double[2]);
        sums[0] += tce;
        sums[1] += added;
      }
      allocatedBy.putIfAbsent(unit.cityCode(), provinceCode);
      allocatedBy.putIfAbsent(unit.regionCode(), unit.cityCode());
    }
    // a county-level city the province administers directly is a city here, as in the registry
    java.util.Set<String> cities =
        units.stream().map(DemoUnit::cityCode).collect(java.util.stream.Collectors.toSet());
    int r = 0;
    for (Map.Entry<String, double[]> region : regions.entrySet()) {
      String code = region.getKey();
      String level =
          code.equals(provinceCode) ? "province" : cities.contains(code) ? "city" : "county";
      double tce = region.getValue()[0];
      double intensity = tce / region.getValue()[1];
      for (int y = year - 1; y <= year; y++) {
        targets.add(target(level, code, "total", y, tce, TOTAL_FACTORS[r % 4], 2));
        targets.add(
            target(level, code, "intensity", y, intensity, INTENSITY_FACTORS[(r + 1) % 4], 4));
      }
      r++;
    }
    return new Plan(targets, allocatedBy, measures);
  }

  /** Issues the plan of the current and the previous year, with both years' measures. */
  static void load(
      cn.nhjc.province.conservation.application.TargetSeeding seeding,
      String provinceCode,
      List<DemoUnit> units,
      int year) {
    Plan plan = plan(provinceCode, units, year);
    seeding.issue(plan.targets(), plan.allocatedBy(), RECORDED_BY);
    seeding.measures(plan.measures(), year - 1, RECORDED_BY);
    seeding.measures(plan.measures(), year, RECORDED_BY);
  }

  private static TargetInput target(
      String level, String code, String kind, int year, double expected, double factor, int scale) {
    Function<Double, BigDecimal> round =
        value -> BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    return new TargetInput(
        level,
        code,
        kind,
        "annual",
        year,
        year - 1,
        round.apply(expected * 1.02),
        round.apply(expected * factor),
        null,
        true);
  }
}
