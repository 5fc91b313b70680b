package cn.nhjc.province.metrology.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit's metrology compliance at a day (GB 17167): the configuration rate reached per level and
 * energy type, the meters below the required accuracy, the meters whose calibration has expired or
 * expires within the window, and the verdict with its reasons.
 */
public record ComplianceReport(
    LocalDate asOf,
    int meters,
    int metersInService,
    List<RateLine> rates,
    List<AccuracyFinding> belowAccuracy,
    List<MeterFacts> expired,
    List<MeterFacts> expiring,
    Verdict verdict,
    List<String> reasons) {

  public enum Verdict {
    COMPLIANT,
    NON_COMPLIANT,
    NO_REGISTRY
  }

  /**
   * The configuration of one level and energy type.
   *
   * @param required the points that need a meter (理论需要量)
   * @param configured those with a meter in service (实际配备量)
   * @param rate configured / required × 100, two decimals (half up)
   * @param requiredRate the standard's rate; {@code null} when it sets none
   * @param meets whether rate ≥ requiredRate (true when none is set)
   */
  public record RateLine(
      int level,
      String energyTypeCode,
      String category,
      int required,
      int configured,
      BigDecimal rate,
      BigDecimal requiredRate,
      String source,
      boolean meets) {}

  /** A meter in service below the required class (or without a class where one is required). */
  public record AccuracyFinding(MeterFacts meter, String requiredClass, String source) {}

  public boolean compliant() {
    return verdict == Verdict.COMPLIANT;
  }
}
