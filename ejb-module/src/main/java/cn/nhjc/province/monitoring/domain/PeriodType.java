package cn.nhjc.province.monitoring.domain;

/** The calendar periods that statistics are kept for (Asia/Shanghai calendar). */
public enum PeriodType {
  DAY('D'),
  MONTH('M'),
  QUARTER('Q'),
  YEAR('Y');

  private final char code;

  PeriodType(char code) {
    this.code = code;
  }

  /** The one-letter code the rollup tables store. */
  public String code() {
    return String.valueOf(code);
  }

  public static PeriodType ofCode(String code) {
    for (PeriodType type : values()) {
      if (type.code().equals(code)) {
        return type;
      }
    }
    throw new IllegalArgumentException("no period type " + code);
  }
}
