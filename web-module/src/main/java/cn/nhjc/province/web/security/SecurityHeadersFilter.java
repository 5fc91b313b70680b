package cn.nhjc.province.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;

/**
 * The browser security headers of every answer, pages, API, static files and error pages alike: the
 * {@link ContentSecurityPolicy}, {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options:
 * DENY} and {@code Referrer-Policy: strict-origin-when-cross-origin}. A page PrimeFaces renders
 * adds the same policy with the page's nonce ({@code primefaces.CSP} in web.xml); that one replaces
 * the policy set here, so that an answer never carries two policies (a browser would enforce both,
 * and the one without the nonce would block the page's scripts). Mapped in web.xml ahead of every
 * other filter, also for forwards and error pages (a filter that resets the response before sending
 * an error clears the headers set on the request's way in).
 */
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

  /** The headers besides the policy, the same on every answer. */
  static final Map<String, String> FIXED =
      Map.of(
          "X-Content-Type-Options", "nosniff",
          "X-Frame-Options", "DENY",
          "Referrer-Policy", "strict-origin-when-cross-origin");

  @Inject private PageSecurity pageSecurity;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    FIXED.forEach(response::setHeader);
    response.setHeader(CONTENT_SECURITY_POLICY, pageSecurity.getContentSecurityPolicy());
    chain.doFilter(request, new OnePolicy(response));
  }

  /** Whether a header is the (enforced) policy; the report-only one is another header. */
  static boolean isContentSecurityPolicy(String header) {
    return CONTENT_SECURITY_POLICY.equalsIgnoreCase(header);
  }

  /** An answer on which adding a policy replaces the one there (PrimeFaces adds its own). */
  static final class OnePolicy extends HttpServletResponseWrapper {
    OnePolicy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (isContentSecurityPolicy(name)) {
        setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
