package cn.nhjc.province.registry.application;

import java.math.BigDecimal;

/** A unit's collect item as the protocol's {@code collectItemConfig} describes it. */
public record CollectItemDto(
    String dataCode,
    String name,
    String energyClassCode,
    String energyTypeCode,
    String dataUsageCode,
    int inputType,
    int statType,
    int scope,
    BigDecimal valueMin,
    BigDecimal valueMax) {

  /** PP of {@code PP-UU-EEee-CCTTTT-UU}. */
  public String processCode() {
    return dataCode.substring(0, 2);
  }

  public String processUnitCode() {
    return dataCode.substring(3, 5);
  }

  public String equipmentCode() {
    return dataCode.substring(6, 8);
  }

  public String equipmentUnitCode() {
    return dataCode.substring(8, 10);
  }
}
