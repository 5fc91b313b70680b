package cn.nhjc.province.monitoring.domain;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Which readings count in comprehensive energy consumption, and how electricity is converted: the
 * province's settings ({@code accounting.*}), read once per use.
 *
 * @param energyClasses energyClassCodes whose whole-plant items are energy (01, 02)
 * @param consumptionUsages usage codes of consumption (inputs)
 * @param sentOutUsages usage codes of energy sent out of the boundary
 * @param electricityType the energy type code of electricity
 */
public record AccountingRules(
    List<String> energyClasses,
    List<String> consumptionUsages,
    List<String> sentOutUsages,
    String electricityType,
    ElectricityConvention convention) {

  public static AccountingRules from(Function<String, String> setting) {
    return new AccountingRules(
        list(setting.apply("accounting.energy-classes")),
        list(setting.apply("accounting.consumption-usage-codes")),
        list(setting.apply("accounting.sent-out-usage-codes")),
        setting.apply("accounting.electricity-energy-type").trim(),
        ElectricityConvention.ofSetting(setting.apply("accounting.electricity-convention")));
  }

  static List<String> list(String value) {
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
