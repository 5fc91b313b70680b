package cn.nhjc.province.conservation.domain;

import cn.nhjc.province.platform.input.Quote;

/** Who holds a target: the province, a city, a county, or a key unit. */
public enum TargetLevel {
  PROVINCE("province", "省"),
  CITY("city", "市"),
  COUNTY("county", "县"),
  UNIT("unit", "重点用能单位");

  private final String code;
  private final String label;

  TargetLevel(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public boolean isRegion() {
    return this != UNIT;
  }

  public static TargetLevel of(String code) {
    for (TargetLevel level : values()) {
      if (level.code.equals(code) || level.label.equals(code)) {
        return level;
      }
    }
    throw new IllegalArgumentException(
        "level must be province, city, county or unit: " + Quote.of(code));
  }
}
