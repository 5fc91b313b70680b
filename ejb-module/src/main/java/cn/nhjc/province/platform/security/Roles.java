package cn.nhjc.province.platform.security;

import java.util.List;

/** The realm roles of the platform, as Keycloak issues them and Jakarta Security checks them. */
public final class Roles {
  public static final String PROVINCE_OFFICIAL = "province-official";
  public static final String CITY_OFFICIAL = "city-official";
  public static final String SUPERVISOR = "supervisor";
  public static final String METROLOGY_OFFICER = "metrology-officer";
  public static final String ENTERPRISE_USER = "enterprise-user";
  public static final String PLATFORM_ADMIN = "platform-admin";

  /** An energy supplier (power, gas, heat) sending per-customer supply figures. */
  public static final String ENERGY_SUPPLIER = "energy-supplier";

  /** A city's own platform (a machine account) uploading data of units in its city. */
  public static final String CITY_PLATFORM = "city-platform";

  /**
   * The security auditor (安全审计员): reads and verifies the audit trail, and nothing else. Apart from
   * the platform administrators, who may neither read nor change the trail (三员分立).
   */
  public static final String AUDITOR = "auditor";

  /** Every realm role above, in this order. */
  public static final List<String> ALL =
      List.of(
          PROVINCE_OFFICIAL,
          CITY_OFFICIAL,
          SUPERVISOR,
          METROLOGY_OFFICER,
          ENTERPRISE_USER,
          PLATFORM_ADMIN,
          ENERGY_SUPPLIER,
          CITY_PLATFORM,
          AUDITOR);

  /** Token claim carrying a city official's region code. */
  public static final String REGION_CLAIM = "region_code";

  /** Token claim carrying an enterprise user's unified social credit code. */
  public static final String CREDIT_CODE_CLAIM = "credit_code";

  /** Token claim carrying an energy supplier's unified social credit code. */
  public static final String SUPPLIER_CODE_CLAIM = "supplier_code";

  private Roles() {}
}
