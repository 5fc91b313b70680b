package cn.nhjc.province.metrology.domain;

import java.util.Locale;

/** A meter's status, as stored in {@code meter.status}: in use, spare, retired. */
public enum MeterStatus {
  IN_SERVICE("in-service"),
  SPARE("spare"),
  RETIRED("retired");

  private final String code;

  MeterStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /**
   * @throws IllegalArgumentException for an unknown status
   */
  public static MeterStatus ofCode(String code) {
    String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    for (MeterStatus status : values()) {
      if (status.code.equals(wanted) || status.name().equalsIgnoreCase(wanted)) {
        return status;
      }
    }
    throw new IllegalArgumentException("状态“" + code + "”无法识别，应为 in-service、spare 或 retired");
  }
}
