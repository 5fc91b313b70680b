package cn.nhjc.province.efficiency.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The energy a unit would save in a period if it produced its output at a standard's advanced value
 * (grade 1, 先进值): {@code (value − advanced) × output}, in tce. A unit at or better than the
 * advanced value saves nothing (0).
 */
public final class SavingPotential {

  /** Decimals of tce. */
  public static final int SCALE = 6;

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  private SavingPotential() {}

  /**
   * @param value the unit-product consumption, in the standard's unit ({@code numeratorUnit} per
   *     unit of output)
   * @param advanced the standard's advanced value (grade 1)
   * @param output the output of the period
   * @param numeratorUnit {@code kgce}, {@code gce} or {@code kWh}
   * @param kgcePerKwh the coefficient of electricity under the convention in force (kWh only)
   * @return tce, {@code null} when a figure is missing
   */
  public static BigDecimal tce(
      BigDecimal value,
      BigDecimal advanced,
      BigDecimal output,
      String numeratorUnit,
      BigDecimal kgcePerKwh) {
    if (value == null || advanced == null || output == null) {
      return null;
    }
    BigDecimal gap = value.subtract(advanced);
    if (gap.signum() <= 0) {
      return BigDecimal.ZERO.setScale(SCALE);
    }
    BigDecimal saved = gap.multiply(output);
    BigDecimal tce =
        switch (numeratorUnit) {
          case "kgce" -> saved.divide(THOUSAND);
          case "gce" -> saved.divide(MILLION);
          case "kWh" -> {
            if (kgcePerKwh == null) {
              yield null;
            }
            yield saved.multiply(kgcePerKwh).divide(THOUSAND);
          }
          default -> throw new IllegalArgumentException("unknown numerator unit " + numeratorUnit);
        };
    return tce == null ? null : tce.setScale(SCALE, RoundingMode.HALF_UP);
  }

  /** How far the value lies above the advanced value (negative: better than it). */
  public static BigDecimal distance(BigDecimal value, BigDecimal advanced) {
    return value == null || advanced == null ? null : value.subtract(advanced);
  }
}
