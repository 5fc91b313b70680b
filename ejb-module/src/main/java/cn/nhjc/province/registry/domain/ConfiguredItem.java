package cn.nhjc.province.registry.domain;

import java.math.BigDecimal;

/**
 * A unit's collect item as far as upload checks need it: which (dataCode, statType) it may send and
 * the range outside which a value is flagged.
 */
public record ConfiguredItem(
    String dataCode, int statType, BigDecimal valueMin, BigDecimal valueMax) {

  public String key() {
    return key(dataCode, statType);
  }

  public static String key(String dataCode, int statType) {
    return dataCode + '|' + statType;
  }

  public boolean inRange(BigDecimal value) {
    return (valueMin == null || value.compareTo(valueMin) >= 0)
        && (valueMax == null || value.compareTo(valueMax) <= 0);
  }
}
