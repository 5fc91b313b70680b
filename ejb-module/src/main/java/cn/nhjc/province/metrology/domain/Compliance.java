package cn.nhjc.province.metrology.domain;

import cn.nhjc.province.metrology.domain.ComplianceReport.AccuracyFinding;
import cn.nhjc.province.metrology.domain.ComplianceReport.RateLine;
import cn.nhjc.province.metrology.domain.ComplianceReport.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The GB 17167 assessment of one unit (docs/metrology.md has worked examples):
 *
 * <ul>
 *   <li><b>Configuration rate</b> per level and energy type: of the unit's metering points of that
 *       level and type ({@link MeteringPoint}, one per energy collect item's node), the share that
 *       has a meter in service at the same node, level and energy type; compared with the rate the
 *       standard requires for the type's category and level.
 *   <li><b>Accuracy</b>: each meter in service against the class required for its kind, category
 *       and level; a meter without a registered class where one is required counts as below.
 *   <li><b>Calibration</b>: a meter in service whose due day lies before the day assessed (or that
 *       has none) has expired; one due within the window (the day itself included) expires soon.
 *   <li><b>Verdict</b>: no meter registered at all: no registry; else compliant when every rate
 *       meets its requirement, no meter is below its class and none has expired (expiring soon is
 *       reported, not failed).
 * </ul>
 */
public final class Compliance {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Compliance() {}

  public static ComplianceReport assess(
      List<MeteringPoint> points,
      List<MeterFacts> meters,
      GbRules rules,
      LocalDate asOf,
      int dueWindowDays) {
    List<MeterFacts> inService = meters.stream().filter(MeterFacts::inService).toList();
    List<String> reasons = new ArrayList<>();

    List<RateLine> rates = rates(points, inService, rules);
    for (RateLine line : rates) {
      if (!line.meets()) {
        reasons.add(
            line.level()
                + " 级（"
                + levelName(line.level())
                + "）能源 "
                + line.energyTypeCode()
                + " 配备率 "
                + line.rate().toPlainString()
                + "%，低于要求的 "
                + line.requiredRate().stripTrailingZeros().toPlainString()
                + "%（"
                + line.source()
                + "）");
      }
    }

    List<AccuracyFinding> below = new ArrayList<>();
    for (MeterFacts meter : inService) {
      Optional<GbRules.AccuracyRule> rule =
          rules.accuracyFor(meter.meterKind(), meter.energyTypeCode(), meter.level());
      if (rule.isEmpty()) {
        continue;
      }
      AccuracyClass required = rule.get().requiredClass();
      AccuracyClass actual = parseOrNull(meter.accuracyClass());
      if (actual == null || !actual.meets(required)) {
        below.add(new AccuracyFinding(meter, required.toString(), rule.get().source()));
        reasons.add(
            "计量器具 "
                + meter.serialNo()
                + "（"
                + meter.name()
                + "）准确度等级 "
                + (actual == null ? "未登记" : actual.toString())
                + "，要求 "
                + required
                + " 或更高（"
                + rule.get().source()
                + "）");
      }
    }

    List<MeterFacts> expired = new ArrayList<>();
    List<MeterFacts> expiring = new ArrayList<>();
    LocalDate windowEnd = asOf.plusDays(dueWindowDays);
    for (MeterFacts meter : inService) {
      LocalDate due = meter.calibrationDue();
      if (due == null || due.isBefore(asOf)) {
        expired.add(meter);
        reasons.add(
            "计量器具 "
                + meter.serialNo()
                + "（"
                + meter.name()
                + "）"
                + (due == null ? "未登记检定/校准有效期" : "检定/校准已于 " + due + " 到期"));
      } else if (!due.isAfter(windowEnd)) {
        expiring.add(meter);
      }
    }
    Comparator<MeterFacts> byDue =
        Comparator.comparing(
                MeterFacts::calibrationDue, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(MeterFacts::serialNo);
    expired.sort(byDue);
    expiring.sort(byDue);

    Verdict verdict;
    if (meters.isEmpty()) {
      verdict = Verdict.NO_REGISTRY;
      reasons.clear();
      reasons.add("未登记任何计量器具");
    } else {
      verdict = reasons.isEmpty() ? Verdict.COMPLIANT : Verdict.NON_COMPLIANT;
    }
    return new ComplianceReport(
        asOf,
        meters.size(),
        inService.size(),
        rates,
        List.copyOf(below),
        List.copyOf(expired),
        List.copyOf(expiring),
        verdict,
        List.copyOf(reasons));
  }

  /** The rate lines, by level, then energy type. */
  static List<RateLine> rates(
      List<MeteringPoint> points, List<MeterFacts> inService, GbRules rules) {
    Map<String, List<MeteringPoint>> byLevelAndType = new TreeMap<>();
    for (MeteringPoint point : new LinkedHashSet<>(points)) {
      byLevelAndType
          .computeIfAbsent(point.level() + "/" + point.energyTypeCode(), k -> new ArrayList<>())
          .add(point);
    }
    List<RateLine> lines = new ArrayList<>();
    for (List<MeteringPoint> group : byLevelAndType.values()) {
      MeteringPoint first = group.get(0);
      int configured =
          (int) group.stream().filter(p -> inService.stream().anyMatch(m -> m.serves(p))).count();
      BigDecimal rate = rate(configured, group.size());
      Optional<GbRules.RateRule> rule = rules.rateFor(first.energyTypeCode(), first.level());
      BigDecimal required = rule.map(GbRules.RateRule::requiredRate).orElse(null);
      lines.add(
          new RateLine(
              first.level(),
              first.energyTypeCode(),
              rules.categoryOf(first.energyTypeCode()).orElse(null),
              group.size(),
              configured,
              rate,
              required,
              rule.map(GbRules.RateRule::source).orElse(null),
              required == null || rate.compareTo(required) >= 0));
    }
    return List.copyOf(lines);
  }

  /** configured / required × 100, two decimals, half up. */
  public static BigDecimal rate(int configured, int required) {
    if (required == 0) {
      return HUNDRED.setScale(2);
    }
    return BigDecimal.valueOf(configured)
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(required), 2, RoundingMode.HALF_UP);
  }

  public static String levelName(int level) {
    return switch (level) {
      case 1 -> "进出用能单位";
      case 2 -> "主要次级用能单位";
      case 3 -> "主要用能设备";
      default -> String.valueOf(level);
    };
  }

  private static AccuracyClass parseOrNull(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return AccuracyClass.parse(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
