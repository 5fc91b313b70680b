package cn.nhjc.province.conservation.domain;

/** The dual-control barometer's levels (晴雨表): first (red), second (yellow), third (green). */
public enum WarningLevel {
  RED(1, "一级预警", "#d9363e"),
  YELLOW(2, "二级预警", "#f5a623"),
  GREEN(3, "三级预警", "#3aa655");

  private final int rank;
  private final String label;
  private final String colour;

  WarningLevel(int rank, String label, String colour) {
    this.rank = rank;
    this.label = label;
    this.colour = colour;
  }

  public int rank() {
    return rank;
  }

  public String label() {
    return label;
  }

  public String colour() {
    return colour;
  }

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
