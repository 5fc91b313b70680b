package cn.nhjc.province.metrology.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The GB 17167 rules as the reference tables hold them ({@code gb17167_*}, V28): which category
 * each energy type falls in, the required configuration rate per category and level, the required
 * accuracy class per meter kind, category and level, each with its source.
 *
 * @param categoryOfEnergyType energy type code → category code (types without one are absent)
 * @param categoryNames category code → its Chinese name
 * @param rates "category/level" → rule
 * @param accuracy "kind/category/level" → rule
 */
public record GbRules(
    Map<String, String> categoryOfEnergyType,
    Map<String, String> categoryNames,
    Map<String, RateRule> rates,
    Map<String, AccuracyRule> accuracy) {

  /** A required configuration rate, in percent. */
  public record RateRule(String category, int level, BigDecimal requiredRate, String source) {}

  /** A required accuracy class. */
  public record AccuracyRule(
      String meterKind, String category, int level, AccuracyClass requiredClass, String source) {}

  public GbRules {
    categoryOfEnergyType = Map.copyOf(categoryOfEnergyType);
    categoryNames = Map.copyOf(categoryNames);
    rates = Map.copyOf(rates);
    accuracy = Map.copyOf(accuracy);
  }

  public static String rateKey(String category, int level) {
    return category + "/" + level;
  }

  public static String accuracyKey(String meterKind, String category, int level) {
    return meterKind + "/" + category + "/" + level;
  }

  public Optional<String> categoryOf(String energyTypeCode) {
    return Optional.ofNullable(categoryOfEnergyType.get(energyTypeCode));
  }

  /** The rate a level of an energy type must reach; empty when the standard sets none. */
  public Optional<RateRule> rateFor(String energyTypeCode, int level) {
    return categoryOf(energyTypeCode).map(category -> rates.get(rateKey(category, level)));
  }

  /** The class a meter must reach; empty when no rule covers it. */
  public Optional<AccuracyRule> accuracyFor(String meterKind, String energyTypeCode, int level) {
    if (meterKind == null) {
      return Optional.empty();
    }
    return categoryOf(energyTypeCode)
        .map(category -> accuracy.get(accuracyKey(meterKind, category, level)));
  }
}
