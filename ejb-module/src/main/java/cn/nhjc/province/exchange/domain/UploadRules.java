package cn.nhjc.province.exchange.domain;

import java.time.Duration;
import java.util.Set;

/**
 * What an upload is checked against: the province's settings and the dictionaries' code lists.
 *
 * @param energyTypeCodes the energy types (dictionary 8), checked for the energy classes in {@code
 *     energyTypedClasses}
 */
public record UploadRules(
    int maxItems,
    int realtimeMinutes,
    Duration futureTolerance,
    Set<String> energyClassCodes,
    Set<String> energyTypedClasses,
    Set<String> energyTypeCodes,
    Set<String> usageCodes,
    Set<Integer> inputTypes,
    Set<Integer> scopes) {

  /**
   * Whether a dataCode's class, energy and usage codes are in the dictionaries.
   *
   * @return the fault in the protocol's words, or {@code null} when there is none
   */
  public String codeFault(String energyClass, String energyType, String usage) {
    if (!energyClassCodes.contains(energyClass)) {
      return "采集数据类型 " + energyClass + " 不在字典中";
    }
    if (energyTypedClasses.contains(energyClass) && !energyTypeCodes.contains(energyType)) {
      return "能源品种 " + energyType + " 不在字典中";
    }
    if (!usageCodes.contains(usage)) {
      return "用途 " + usage + " 不在字典中";
    }
    return null;
  }
}
