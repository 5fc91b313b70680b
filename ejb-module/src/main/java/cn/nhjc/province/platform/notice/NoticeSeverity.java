package cn.nhjc.province.platform.notice;

import java.util.Locale;

/** How urgent a notice is, as stored in {@code notice.severity}. */
public enum NoticeSeverity {
  INFO,
  WARNING,
  CRITICAL;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static NoticeSeverity ofCode(String code) {
    for (NoticeSeverity severity : values()) {
      if (severity.code().equals(code)) {
        return severity;
      }
    }
    throw new IllegalArgumentException("unknown notice severity: " + code);
  }
}
