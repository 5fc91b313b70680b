package cn.nhjc.province.web.security;

import cn.nhjc.province.platform.config.PlatformConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

/**
 * What the pages need of browser security: the Content-Security-Policy, which PrimeFaces sends with
 * each page it renders, its nonce appended ({@code primefaces.CSP_POLICY} in web.xml), and which
 * {@link SecurityHeadersFilter} sends with every other answer; and the session's CSRF token for the
 * template's {@code <meta name="csrf-token">}.
 */
@Named
@ApplicationScoped
public class PageSecurity {

  @Inject PlatformConfig config;

  private String contentSecurityPolicy;

  @PostConstruct
  void init() {
    // the identity provider the server's OIDC configuration signs users in at
    // (wildfly-config/configure-40-oidc.cli reads the same setting)
    contentSecurityPolicy =
        ContentSecurityPolicy.forIdentityProvider(config.identityProviderUrl()).header();
  }

  public String getContentSecurityPolicy() {
    return contentSecurityPolicy;
  }

  /** The CSRF token of the current page's session. */
  public String getCsrfToken() {
    return CsrfTokens.of(
        (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true));
  }
}
