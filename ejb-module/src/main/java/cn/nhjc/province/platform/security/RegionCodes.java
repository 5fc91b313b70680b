package cn.nhjc.province.platform.security;

import cn.nhjc.province.platform.input.Quote;

/** Rules of the six-digit GB/T 2260 division code. */
public final class RegionCodes {
  private RegionCodes() {}

  /**
   * The significant prefix of a code: 2 digits for a province (xx0000), 4 for a city (xxxx00), 6
   * for a county.
   */
  public static String prefixOf(String code) {
    if (code == null || !code.matches("\\d{6}")) {
      throw new IllegalArgumentException("not a six-digit region code: " + Quote.of(code));
    }
    if (code.endsWith("0000")) {
      return code.substring(0, 2);
    }
    if (code.endsWith("00")) {
      return code.substring(0, 4);
    }
    return code;
  }

  public static boolean isCity(String code) {
    return code != null && code.matches("\\d{4}00") && !code.endsWith("0000");
  }
}
