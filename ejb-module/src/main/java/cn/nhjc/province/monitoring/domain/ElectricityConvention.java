package cn.nhjc.province.monitoring.domain;

/** How electricity is converted to standard coal (GB/T 2589). */
public enum ElectricityConvention {
  /** 当量值: the heat equivalent of electricity, 0.1229 kgce/kWh (the coefficient table). */
  EQUIVALENT("equivalent", "当量值"),
  /** 等价值: the year's coal consumption of thermal power supply (table electricity_equal_value). */
  EQUAL_VALUE("equal-value", "等价值");

  private final String setting;
  private final String label;

  ElectricityConvention(String setting, String label) {
    this.setting = setting;
    this.label = label;
  }

  public String setting() {
    return setting;
  }

  public String label() {
    return label;
  }

  public static ElectricityConvention ofSetting(String value) {
    String wanted = value == null ? "" : value.trim();
    for (ElectricityConvention convention : values()) {
      if (convention.setting.equals(wanted)) {
        return convention;
      }
    }
    throw new IllegalArgumentException(
        "electricity convention must be equivalent or equal-value, not " + value);
  }
}
