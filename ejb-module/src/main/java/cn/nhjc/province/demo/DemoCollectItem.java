package cn.nhjc.province.demo;

import java.math.BigDecimal;

/**
 * A collect item as configured for a unit; (dataCode, statType) is unique within the unit.
 *
 * @param structureKey the {@link DemoStructureNode#key()} the item measures
 */
public record DemoCollectItem(
    String dataCode,
    String name,
    String structureKey,
    String energyClassCode,
    String energyTypeCode,
    String dataUsageCode,
    int inputType,
    int statType,
    int scope,
    BigDecimal valueMin,
    BigDecimal valueMax) {

  /** The 16-digit code of protocol §4 written as {@code PP-UU-EEee-CCTTTT-UU}. */
  public static String dataCode(
      String processCode,
      String processUnitCode,
      String equipmentCode,
      String energyClassCode,
      String energyTypeCode,
      String usageCode) {
    return processCode
        + "-"
        + processUnitCode
        + "-"
        + equipmentCode
        + "-"
        + energyClassCode
        + energyTypeCode
        + "-"
        + usageCode;
  }
}
