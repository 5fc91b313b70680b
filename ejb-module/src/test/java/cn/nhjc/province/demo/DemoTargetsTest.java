package cn.nhjc.province.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.conservation.application.TargetInput;
import cn.nhjc.province.conservation.domain.AssessmentRules;
import cn.nhjc.province.conservation.domain.Grade;
import cn.nhjc.province.conservation.domain.SeasonalForecast;
import cn.nhjc.province.conservation.domain.TargetKind;
import cn.nhjc.province.conservation.domain.WarningLevel;
import cn.nhjc.province.conservation.domain.WarningRules;
import cn.nhjc.province.monitoring.domain.ReadingPoint;
import cn.nhjc.province.monitoring.domain.StatType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The demo's targets: every holder of the province has a total and an intensity target for the
 * current and the previous year, and the units' total targets, against the consumption the
 * generator gives them, show every warning level and every assessment grade (the rules and settings
 * as V29 ships them; the sheet's most points 40).
 */
class DemoTargetsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);
  private static final DemoProvince PROVINCE = DemoProvinceFixtures.province(20261128L, 320, TODAY);
  private static final BigDecimal[] INTERVAL = new BigDecimal[12];

  static {
    Arrays.fill(INTERVAL, BigDecimal.ZERO);
  }

  @Test
  void every_holder_has_both_kinds_for_both_years() {
    DemoTargets.Plan plan = DemoTargets.plan("990000", PROVINCE.units(), 2026);
    Set<String> cities =
        PROVINCE.units().stream().map(DemoUnit::cityCode).collect(Collectors.toSet());
    Map<String, Long> perHolder =
        plan.targets().stream()
            .collect(Collectors.groupingBy(TargetInput::holderCode, Collectors.counting()));
    for (DemoUnit unit : PROVINCE.units()) {
      assertEquals(4, perHolder.get(unit.creditCode()), unit.creditCode());
    }
    for (String city : cities) {
      assertEquals(4, perHolder.get(city), city);
      assertEquals("990000", plan.allocatedBy().get(city));
    }
    assertEquals(4, perHolder.get("990000"));
    assertTrue(
        plan.targets().stream()
            .allMatch(t -> t.targetValue().signum() > 0 && t.baseYear() == t.year() - 1));
  }

  @Test
  void the_units_show_every_warning_level_and_every_grade() {
    DemoTargets.Plan plan = DemoTargets.plan("990000", PROVINCE.units(), 2026);
    WarningRules warning =
        new WarningRules(new BigDecimal("1.05"), new BigDecimal("1.00"), BigDecimal.ZERO);
    AssessmentRules rules =
        new AssessmentRules(
            new BigDecimal("60"), new BigDecimal("95"), new BigDecimal("80"), new BigDecimal("60"));
    Map<String, TargetInput> totals = new HashMap<>();
    for (TargetInput t : plan.targets()) {
      if (t.level().equals("unit") && t.kind().equals("total") && t.year() == 2026) {
        totals.put(t.holderCode(), t);
      }
    }
    Set<WarningLevel> levels = EnumSet.noneOf(WarningLevel.class);
    Set<Grade> grades = EnumSet.noneOf(Grade.class);
    for (DemoUnit unit : PROVINCE.units().subList(0, 80)) {
      BigDecimal[] months = months(unit);
      SeasonalForecast.Projection p = SeasonalForecast.project(2026, months, List.of(), INTERVAL);
      if (p.value() == null) {
        continue;
      }
      TargetInput target = totals.get(unit.creditCode());
      levels.add(
          warning.level(
              p.value().divide(target.targetValue(), java.math.MathContext.DECIMAL64), null));
      BigDecimal measures = plan.measures().get(unit.creditCode()).multiply(BigDecimal.valueOf(40));
      grades.add(
          rules
              .assess(
                  TargetKind.TOTAL, target.baseValue(), target.targetValue(), p.value(), measures)
              .grade());
    }
    assertEquals(EnumSet.allOf(WarningLevel.class), levels);
    assertEquals(EnumSet.allOf(Grade.class), grades);
  }

  private static BigDecimal[] months(DemoUnit unit) {
    Map<String, Double> kgce =
        unit.energyMix().stream()
            .collect(
                Collectors.toMap(
                    s -> s.energyType().code(), s -> s.energyType().kgcePerUnit().doubleValue()));
    double[] sums = new double[12];
    boolean[] seen = new boolean[12];
    for (ReadingPoint point : DemoProvinceFixtures.readings(PROVINCE, unit)) {
      String code = point.dataCode();
      YearMonth month = YearMonth.from(point.statDate().atZone(StatType.CALENDAR_ZONE));
      if (point.statType() == 2
          && code.startsWith("00-")
          && code.endsWith("-11")
          && month.getYear() == 2026
          && kgce.containsKey(code.substring(13, 17))) {
        sums[month.getMonthValue() - 1] +=
            point.value().doubleValue() * kgce.get(code.substring(13, 17)) / 1000;
        seen[month.getMonthValue() - 1] = true;
      }
    }
    BigDecimal[] months = new BigDecimal[12];
    for (int k = 0; k < 12; k++) {
      months[k] = seen[k] ? BigDecimal.valueOf(sums[k]) : null;
    }
    return months;
  }
}
