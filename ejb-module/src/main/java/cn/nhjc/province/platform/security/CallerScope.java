package cn.nhjc.province.platform.security;

import java.util.Objects;

/**
 * What part of the province's data a caller may see: the whole province, one city (its region code
 * prefix) or one enterprise; or, for an energy supplier, which supplier it speaks for (a supplier
 * sees no unit's data). Derived on the server from the caller's roles and token claims, never from
 * request parameters.
 *
 * @param creditCode the enterprise's credit code, or the supplier's for {@link Kind#SUPPLIER}
 */
public record CallerScope(Kind kind, String regionCode, String creditCode) {

  public enum Kind {
    PROVINCE,
    CITY,
    ENTERPRISE,
    SUPPLIER,
    NONE
  }

  public CallerScope {
    Objects.requireNonNull(kind);
  }

  public static CallerScope province() {
    return new CallerScope(Kind.PROVINCE, null, null);
  }

  public static CallerScope city(String regionCode) {
    return new CallerScope(Kind.CITY, regionCode, null);
  }

  public static CallerScope enterprise(String creditCode) {
    return new CallerScope(Kind.ENTERPRISE, null, creditCode);
  }

  public static CallerScope supplier(String supplierCode) {
    return new CallerScope(Kind.SUPPLIER, null, supplierCode);
  }

  /** The supplier's credit code; {@code null} unless the scope is a supplier's. */
  public String supplierCode() {
    return kind == Kind.SUPPLIER ? creditCode : null;
  }

  public static CallerScope none() {
    return new CallerScope(Kind.NONE, null, null);
  }

  /**
   * The region code prefix that selects every region of this scope: "13" for province 130000,
   * "1302" for city 130200; {@code null} when the scope is not regional.
   */
  public String regionPrefix(String provinceCode) {
    return switch (kind) {
      case PROVINCE -> RegionCodes.prefixOf(provinceCode);
      case CITY -> RegionCodes.prefixOf(regionCode);
      default -> null;
    };
  }
}
