package cn.nhjc.province.platform.security;

/** The realm roles of the platform, as Keycloak issues them and Jakarta Security checks them. */
public final class Roles {
  public static final String PROVINCE_OFFICIAL = "province-official";
  public static final String CITY_OFFICIAL = "city-official";
  public static final String SUPERVISOR = "supervisor";
  public static final String METROLOGY_OFFICER = "metrology-officer";
  public static final String ENTERPRISE_USER = "enterprise-user";
  public static final String PLATFORM_ADMIN = "platform-admin";

  /** Token claim carrying a city official's region code. */
  public static final String REGION_CLAIM = "region_code";

  /** Token claim carrying an enterprise user's unified social credit code. */
  public static final String CREDIT_CODE_CLAIM = "credit_code";

  private Roles() {}
}
