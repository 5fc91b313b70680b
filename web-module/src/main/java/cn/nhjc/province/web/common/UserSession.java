package cn.nhjc.province.web.common;

import cn.nhjc.province.platform.config.PlatformConfig;
import cn.nhjc.province.platform.security.Roles;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The signed-in user as the page header shows it, the language choice and sign-out. */
@Named
@SessionScoped
public class UserSession implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PlatformConfig config;

  private Locale locale = Locale.SIMPLIFIED_CHINESE;

  public String getUserName() {
    var principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
    return principal == null ? null : principal.getName();
  }

  public boolean isGovernment() {
    return inAnyRole(
        Roles.PROVINCE_OFFICIAL,
        Roles.CITY_OFFICIAL,
        Roles.SUPERVISOR,
        Roles.METROLOGY_OFFICER,
        Roles.PLATFORM_ADMIN);
  }

  /** Whether the supply reconciliation is open to the user (not to metrology officers). */
  public boolean isReconciliation() {
    return inAnyRole(
        Roles.PROVINCE_OFFICIAL, Roles.CITY_OFFICIAL, Roles.SUPERVISOR, Roles.PLATFORM_ADMIN);
  }

  /** Whether data quality is open to the user (not to metrology officers). */
  public boolean isQuality() {
    return isReconciliation() || isEnterprise();
  }

  public boolean isAdministrator() {
    return inAnyRole(Roles.PLATFORM_ADMIN);
  }

  /** Whether the user is the security auditor, who sees the audit trail and nothing else. */
  public boolean isAuditor() {
    return inAnyRole(Roles.AUDITOR);
  }

  public boolean isEnterprise() {
    return inAnyRole(Roles.ENTERPRISE_USER);
  }

  private static boolean inAnyRole(String... roles) {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    for (String role : roles) {
      if (context.isUserInRole(role)) {
        return true;
      }
    }
    return false;
  }

  public Locale getLocale() {
    return locale;
  }

  public String getLanguage() {
    return locale.getLanguage();
  }

  public void switchLanguage() {
    locale = "zh".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
  }

  /** Ends the platform session and the Keycloak session, then returns to the public home page. */
  public void signOut() throws IOException {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) context.getRequest();
    String home =
        request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + "/";
    // the same settings the server's OIDC configuration reads
    // (wildfly-config/configure-40-oidc.cli)
    String issuer = config.identityProviderUrl();
    String client = config.webClientId();
    context.invalidateSession();
    context.redirect(
        issuer
            + "/protocol/openid-connect/logout?client_id="
            + URLEncoder.encode(client, StandardCharsets.UTF_8)
            + "&post_logout_redirect_uri="
            + URLEncoder.encode(home, StandardCharsets.UTF_8));
  }
}
