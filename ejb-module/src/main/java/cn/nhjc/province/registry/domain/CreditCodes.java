package cn.nhjc.province.registry.domain;

/**
 * The unified social credit code of GB 32100-2015: 18 characters, the last one a check character
 * over the first 17 (modulus 31), with the 9-character organization code of GB 11714 at positions
 * 9–17.
 */
public final class CreditCodes {
  private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  private CreditCodes() {}

  public static boolean isValid(String code) {
    if (code == null || code.length() != 18) {
      return false;
    }
    for (int i = 0; i < 18; i++) {
      if (CHARSET.indexOf(code.charAt(i)) < 0) {
        return false;
      }
    }
    return checkCharacter(code.substring(0, 17)) == code.charAt(17);
  }

  /** The GB 32100 check character for the first 17 characters. */
  public static char checkCharacter(String first17) {
    if (first17.length() != 17) {
      throw new IllegalArgumentException("need 17 characters, got " + first17.length());
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int value = CHARSET.indexOf(first17.charAt(i));
      if (value < 0) {
        throw new IllegalArgumentException("character not allowed: " + first17.charAt(i));
      }
      sum += value * WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return CHARSET.charAt(check);
  }

  /** The GB 11714 check character of an 8-character organization code body. */
  public static char organizationCheckCharacter(String body8) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += Character.digit(body8.charAt(i), 36) * ORG_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
  }

  /**
   * A complete, valid code for a legal person registered by market regulation (9 = 工商, 1 =
   * enterprise) in the given region, from an 8-digit organization number.
   */
  public static String enterpriseCode(String regionCode, String organizationBody8) {
    String first17 =
        "91" + regionCode + organizationBody8 + organizationCheckCharacter(organizationBody8);
    return first17 + checkCharacter(first17);
  }
}
