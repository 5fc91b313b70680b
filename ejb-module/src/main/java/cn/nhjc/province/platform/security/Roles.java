package cn.nhjc.province.platform.security;

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

  /** Token claim carrying a city official's region code. */
  public static final String REGION_CLAIM = "region_code";

  /** Token claim carrying an enterprise user's unified social credit code. */
  public static final String CREDIT_CODE_CLAIM = "credit_code";

  /** Token claim carrying an energy supplier's unified social credit code. */
  public static final String SUPPLIER_CODE_CLAIM = "supplier_code";

  private Roles() {}
}
