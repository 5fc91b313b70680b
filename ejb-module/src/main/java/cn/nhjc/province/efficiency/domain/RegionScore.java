package cn.nhjc.province.efficiency.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The regional efficiency score (docs/efficiency.md, "Regional evaluation"): a weighted mean, on
 * 0–100, of four parts each on 0–1 — the change of intensity against a year before (a fall of
 * {@code span} or more 1, no change 0.5, a rise of {@code span} or more 0, linear between), the
 * share of graded indicators at or better than the advanced value, the share not past the limit
 * value, and the share of units with complete data. A part without data is left out with its
 * weight.
 */
public record RegionScore(
    BigDecimal weightIntensity,
    BigDecimal weightAdvanced,
    BigDecimal weightLimit,
    BigDecimal weightCompleteness,
    BigDecimal span) {

  /** Decimals of the score. */
  public static final int SCALE = 2;

  private static final int PART_SCALE = 10;
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Reads the setting {@code efficiency.score.weights} ("40,20,20,20") and the span.
   *
   * @throws IllegalArgumentException when the weights are not four numbers ≥ 0 or the span not
   *     positive
   */
  public static RegionScore of(String weights, String span) {
    String[] w = weights.split(",");
    if (w.length != 4) {
      throw new IllegalArgumentException("efficiency.score.weights needs four numbers: " + weights);
    }
    BigDecimal[] v = new BigDecimal[4];
    for (int i = 0; i < 4; i++) {
      v[i] = new BigDecimal(w[i].trim());
      if (v[i].signum() < 0) {
        throw new IllegalArgumentException("a weight below 0: " + weights);
      }
    }
    BigDecimal s = new BigDecimal(span.trim());
    if (s.signum() <= 0) {
      throw new IllegalArgumentException("efficiency.score.intensity-span must be positive");
    }
    return new RegionScore(v[0], v[1], v[2], v[3], s);
  }

  /** The intensity part: {@code 0.5 − change ÷ (2 × span)}, kept within 0 and 1. */
  public BigDecimal intensityPart(BigDecimal change) {
    if (change == null) {
      return null;
    }
    BigDecimal part =
        HALF.subtract(change.divide(TWO.multiply(span), PART_SCALE, RoundingMode.HALF_UP));
    return part.max(BigDecimal.ZERO).min(BigDecimal.ONE);
  }

  /**
   * @param intensityChange (now − a year before) ÷ a year before; {@code null}: not known
   * @param advancedShare share of graded indicators at grade 1; {@code null}: none graded
   * @param overLimitShare share of graded indicators past the limit; {@code null}: none graded
   * @param completeShare share of units with complete data; {@code null}: no unit
   * @return the score on 0–100, {@code null} when no part has data
   */
  public BigDecimal score(
      BigDecimal intensityChange,
      BigDecimal advancedShare,
      BigDecimal overLimitShare,
      BigDecimal completeShare) {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    BigDecimal[] parts = {
      intensityPart(intensityChange),
      advancedShare,
      overLimitShare == null ? null : BigDecimal.ONE.subtract(overLimitShare),
      completeShare
    };
    BigDecimal[] w = {weightIntensity, weightAdvanced, weightLimit, weightCompleteness};
    for (int i = 0; i < 4; i++) {
      if (parts[i] != null) {
        sum = sum.add(w[i].multiply(parts[i]));
        weights = weights.add(w[i]);
      }
    }
    if (weights.signum() == 0) {
      return null;
    }
    return HUNDRED.multiply(sum).divide(weights, SCALE, RoundingMode.HALF_UP);
  }

  /** Whether each of the last {@code quarters} changes between consecutive values is a rise. */
  public static boolean risingFor(java.util.List<BigDecimal> intensities, int quarters) {
    if (quarters <= 0 || intensities.size() < quarters + 1) {
      return false;
    }
    int n = intensities.size();
    for (int i = n - quarters; i < n; i++) {
      BigDecimal before = intensities.get(i - 1);
      BigDecimal now = intensities.get(i);
      if (before == null || now == null || now.compareTo(before) <= 0) {
        return false;
      }
    }
    return true;
  }
}
