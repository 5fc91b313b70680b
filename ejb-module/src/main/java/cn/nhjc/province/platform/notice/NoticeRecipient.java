package cn.nhjc.province.platform.notice;

import cn.nhjc.province.platform.security.RegionCodes;
import cn.nhjc.province.platform.security.Roles;
import java.util.List;

/**
 * Who a notice is for: a unit (its enterprise users, by the unit's credit code), or the officials
 * of one role in a region (a province, a city or a county, by its six-digit code).
 *
 * @param unitCreditCode the unit's unified social credit code; {@code null} for officials
 * @param role the officials' role; {@code null} for a unit
 * @param regionCode the officials' region; {@code null} for a unit
 */
public record NoticeRecipient(String unitCreditCode, String role, String regionCode) {

  /** The roles whose holders may receive a notice addressed by role and region. */
  public static final List<String> OFFICIAL_ROLES =
      List.of(
          Roles.PROVINCE_OFFICIAL,
          Roles.CITY_OFFICIAL,
          Roles.SUPERVISOR,
          Roles.METROLOGY_OFFICER,
          Roles.PLATFORM_ADMIN);

  public NoticeRecipient {
    if (unitCreditCode != null) {
      if (!unitCreditCode.matches("[0-9A-HJ-NPQRTUWXY]{18}")) {
        throw new IllegalArgumentException("not a unified social credit code: " + unitCreditCode);
      }
      if (role != null || regionCode != null) {
        throw new IllegalArgumentException("a notice goes to a unit or to officials, not both");
      }
    } else {
      if (role == null || !OFFICIAL_ROLES.contains(role)) {
        throw new IllegalArgumentException("not an officials' role: " + role);
      }
      RegionCodes.prefixOf(regionCode); // refuses what is not a region code
    }
  }

  public static NoticeRecipient unit(String creditCode) {
    if (creditCode == null) {
      throw new IllegalArgumentException("a unit's credit code is required");
    }
    return new NoticeRecipient(creditCode, null, null);
  }

  public static NoticeRecipient officials(String role, String regionCode) {
    if (regionCode == null) {
      throw new IllegalArgumentException("the officials' region is required");
    }
    return new NoticeRecipient(null, role, regionCode);
  }

  public boolean isUnit() {
    return unitCreditCode != null;
  }

  /** The region's significant prefix; {@code null} for a unit. */
  public String regionPrefix() {
    return isUnit() ? null : RegionCodes.prefixOf(regionCode);
  }
}
