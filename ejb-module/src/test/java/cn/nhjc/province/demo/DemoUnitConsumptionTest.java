package cn.nhjc.province.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.monitoring.domain.ReadingPoint;
import cn.nhjc.province.monitoring.domain.StatType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The figures behind the non-energy readings, computed back from the readings alone: value added
 * from the month's tce, heat sent out as a share of the coal, and the unit consumption of each
 * product against the grades of its limit standard.
 */
class DemoUnitConsumptionTest {

  private static final long SEED = 20261128L;
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
  private static final DemoProvince PROVINCE = DemoProvinceFixtures.province(SEED, 320, TODAY);

  private static final String OUTPUT_VALUE = "00-00-0000-090001-00";
  private static final String VALUE_ADDED = "00-00-0000-090002-00";
  private static final String HEAT_SENT_OUT = "00-00-0000-023200-30";

  @Test
  void value_added_follows_the_tce_and_heat_sent_out_a_share_of_the_coal() {
    for (DemoUnit unit : PROVINCE.units().subList(0, 120)) {
      Map<String, Double> kgce = coefficients(unit);
      Map<YearMonth, Double> monthKgce = new HashMap<>();
      Map<YearMonth, BigDecimal> added = new HashMap<>();
      Map<YearMonth, BigDecimal> output = new HashMap<>();
      Map<LocalDate, Double> coal = new HashMap<>();
      Map<LocalDate, Double> heat = new HashMap<>();
      for (ReadingPoint point : DemoProvinceFixtures.readings(PROVINCE, unit)) {
        var start = point.statDate().atZone(StatType.CALENDAR_ZONE);
        String type = point.dataCode().substring(13, 17);
        if (isPlantConsumption(point) && point.statType() == 2) {
          monthKgce.merge(YearMonth.from(start), kgceOf(point, kgce), Double::sum);
        } else if (isPlantConsumption(point) && point.statType() == 1 && type.startsWith("01")) {
          coal.merge(start.toLocalDate(), kgceOf(point, kgce), Double::sum);
        } else if (point.dataCode().equals(HEAT_SENT_OUT) && point.statType() == 1) {
          heat.put(start.toLocalDate(), point.value().doubleValue() * 0.03412);
        } else if (point.dataCode().equals(VALUE_ADDED)) {
          added.put(YearMonth.from(start), point.value());
        } else if (point.dataCode().equals(OUTPUT_VALUE)) {
          output.put(YearMonth.from(start), point.value());
        }
      }
      double intensity = profile(unit).intensityPerValueAdded();
      double ratio = profile(unit).outputValueRatio();
      added.forEach(
          (month, value) -> {
            double unitIntensity = monthKgce.get(month) / 1000 / value.doubleValue();
            assertTrue(unitIntensity > intensity * 0.85 && unitIntensity < intensity * 1.17);
            assertEquals(value.doubleValue() * ratio, output.get(month).doubleValue(), 0.001);
          });
      assertEquals(unit.industryCode().equals("D4412"), !heat.isEmpty());
      heat.forEach(
          (day, heatKgce) -> {
            double share = heatKgce / coal.get(day);
            assertTrue(share > 0.24 && share < 0.41, unit.name() + " " + day + " " + share);
          });
    }
  }

  @Test
  void unit_consumptions_spread_over_the_grades_of_the_limit_standards() {
    DemoProvince large = DemoProvinceFixtures.province(SEED, 2000, TODAY);
    Map<String, int[]> gradesByProduct = new HashMap<>();
    int steel = 0;
    for (DemoUnit unit : large.units()) {
      DemoProduct product = unit.indicators().product();
      if (product == null) {
        continue;
      }
      Map<String, Double> kgce = coefficients(unit);
      double[] sums = new double[3]; // kgce, kWh, output over the complete months
      large.forEachReadingBatch(
          unit,
          1,
          batch -> {
            for (ReadingPoint point : batch) {
              if (point.statType() != 2) {
                continue;
              }
              if (isPlantConsumption(point)) {
                sums[0] += kgceOf(point, kgce);
                if (point.dataCode().contains("-023300-")) {
                  sums[1] += point.value().doubleValue();
                }
              } else if (point.dataCode().contains("-04")) {
                sums[2] += point.value().doubleValue();
              }
            }
          });
      double basis =
          switch (product.basis()) {
            case KGCE -> sums[0];
            case GCE -> sums[0] * 1000;
            case KWH -> sums[1];
          };
      double unitConsumption = basis / sums[2];
      if (!product.graded()) {
        assertTrue(unitConsumption > 490 && unitConsumption < 635, "粗钢 " + unitConsumption);
        steel++;
        continue;
      }
      List<Double> grades = product.grades();
      int grade = 0;
      while (grade < 3 && unitConsumption > grades.get(grade)) {
        grade++;
      }
      gradesByProduct.computeIfAbsent(product.productCode(), code -> new int[4])[grade]++;
    }
    assertTrue(steel > 50, "steel works: " + steel);
    int[] clinker = gradesByProduct.get("0001");
    int clinkerUnits = clinker[0] + clinker[1] + clinker[2] + clinker[3];
    assertTrue(clinkerUnits > 150, "clinker units: " + clinkerUnits);
    double[] expected = {0.30, 0.40, 0.20, 0.10};
    for (int grade = 0; grade < 4; grade++) {
      double share = (double) clinker[grade] / clinkerUnits;
      assertTrue(clinker[grade] > 0, "grade bucket " + (grade + 1) + " is empty");
      assertEquals(expected[grade], share, 0.08, "clinker grade " + (grade + 1));
    }
    int above = 0;
    int graded = 0;
    for (int[] counts : gradesByProduct.values()) {
      above += counts[3];
      graded += counts[0] + counts[1] + counts[2] + counts[3];
    }
    double aboveShare = (double) above / graded;
    assertTrue(aboveShare >= 0.03 && aboveShare <= 0.20, "above the limit: " + aboveShare);
    assertEquals(Set.of("0001", "0006", "0007", "0008", "0011", "0012"), gradesByProduct.keySet());
  }

  private static boolean isPlantConsumption(ReadingPoint point) {
    String code = point.dataCode();
    return code.startsWith("00-") && code.endsWith("-11");
  }

  /** kgce per unit of each energy of the unit, from the demo's energy types. */
  private static Map<String, Double> coefficients(DemoUnit unit) {
    return unit.energyMix().stream()
        .collect(
            Collectors.toMap(
                share -> share.energyType().code(),
                share -> share.energyType().kgcePerUnit().doubleValue()));
  }

  private static double kgceOf(ReadingPoint point, Map<String, Double> kgce) {
    return point.value().doubleValue() * kgce.get(point.dataCode().substring(13, 17));
  }

  private static IndustryProfile profile(DemoUnit unit) {
    return IndustryProfile.loadAll().stream()
        .filter(profile -> profile.industryCode().equals(unit.industryCode()))
        .findFirst()
        .orElseThrow();
  }
}
