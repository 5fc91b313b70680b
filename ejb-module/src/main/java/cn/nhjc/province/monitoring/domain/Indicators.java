package cn.nhjc.province.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The derived figures of GB/T 2589 accounting, computed from the stored (unrounded) sums when a
 * figure is read: shares of the energy mix, intensities, unit-product consumption. Rounding is half
 * up, once, at the end.
 */
public final class Indicators {

  /** Decimals of tce as served. */
  public static final int TCE_SCALE = 6;

  /** Decimals of shares and intensities. */
  public static final int RATIO_SCALE = 4;

  /** Decimals of unit-product consumption. */
  public static final int UNIT_PRODUCT_SCALE = 2;

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  private Indicators() {}

  public static BigDecimal tce(BigDecimal value) {
    return value == null ? null : value.setScale(TCE_SCALE, RoundingMode.HALF_UP);
  }

  /** {@code part ÷ whole}; {@code null} when the whole is not positive. */
  public static BigDecimal share(BigDecimal part, BigDecimal whole) {
    return ratio(part, whole, RATIO_SCALE);
  }

  /**
   * Comprehensive consumption per unit of an economic indicator (tce per 万元); {@code null} when the
   * indicator is missing or not positive.
   */
  public static BigDecimal intensity(BigDecimal tce, BigDecimal indicator) {
    return ratio(tce, indicator, RATIO_SCALE);
  }

  /**
   * Unit-product consumption: the numerator in the standard's unit per unit of output.
   *
   * @param basis {@code comprehensive} (numerator = comprehensive tce) or {@code electricity}
   *     (numerator = electricity in kWh)
   * @param numeratorUnit {@code kgce}, {@code gce} or {@code kWh}
   * @return {@code null} when the output is missing or not positive
   */
  public static BigDecimal unitProduct(
      String basis,
      String numeratorUnit,
      BigDecimal tce,
      BigDecimal electricityKwh,
      BigDecimal output) {
    BigDecimal numerator =
        switch (basis) {
          case "comprehensive" ->
              switch (numeratorUnit) {
                case "kgce" -> tce.multiply(THOUSAND);
                case "gce" -> tce.multiply(MILLION);
                default ->
                    throw new IllegalArgumentException("comprehensive basis in " + numeratorUnit);
              };
          case "electricity" -> electricityKwh;
          default -> throw new IllegalArgumentException("unknown basis " + basis);
        };
    return ratio(numerator, output, UNIT_PRODUCT_SCALE);
  }

  private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator, int scale) {
    if (numerator == null || denominator == null || denominator.signum() <= 0) {
      return null;
    }
    return numerator.divide(denominator, scale, RoundingMode.HALF_UP);
  }
}
