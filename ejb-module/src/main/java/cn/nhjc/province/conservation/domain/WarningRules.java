package cn.nhjc.province.conservation.domain;

import java.math.BigDecimal;

/**
 * The barometer's thresholds (settings {@code conservation.warning.*}): first level (red) when the
 * year-end forecast reaches the target × {@code redRatio}, or, for an intensity target, when the
 * intensity to date rose above its base value by more than {@code redIntensityChange}; second level
 * (yellow) when the forecast is above the target × {@code yellowRatio}; otherwise third level
 * (green).
 */
public record WarningRules(
    BigDecimal redRatio, BigDecimal yellowRatio, BigDecimal redIntensityChange) {

  /**
   * @param forecastRatio year-end forecast ÷ target (for intensity: forecast intensity ÷ target
   *     intensity); {@code null} when there is nothing to forecast from
   * @param intensityChange (intensity to date − base) ÷ base, {@code null} for a total target
   * @return {@code null} when there is no forecast
   */
  public WarningLevel level(BigDecimal forecastRatio, BigDecimal intensityChange) {
    if (forecastRatio == null) {
      return null;
    }
    if (forecastRatio.compareTo(redRatio) >= 0
        || intensityChange != null && intensityChange.compareTo(redIntensityChange) > 0) {
      return WarningLevel.RED;
    }
    if (forecastRatio.compareTo(yellowRatio) > 0) {
      return WarningLevel.YELLOW;
    }
    return WarningLevel.GREEN;
  }
}
