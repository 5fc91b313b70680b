package cn.nhjc.province.conservation.domain;

import cn.nhjc.province.platform.input.Quote;

/** What a dual-control target caps: total consumption (总量, tce) or intensity (强度, tce/万元). */
public enum TargetKind {
  TOTAL("total", "总量"),
  INTENSITY("intensity", "强度");

  private final String code;
  private final String label;

  TargetKind(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static TargetKind of(String code) {
    for (TargetKind kind : values()) {
      if (kind.code.equals(code) || kind.label.equals(code)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("kind must be total or intensity: " + Quote.of(code));
  }
}
