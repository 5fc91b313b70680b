package cn.nhjc.province.web.common;

import cn.nhjc.province.platform.config.ProductionChecks;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * In production mode nothing is answered over plain HTTP: a request that did not come over TLS
 * (WildFly's https listener, or a TLS-terminating proxy whose X-Forwarded-Proto the server trusts,
 * PROXY_ADDRESS_FORWARDING) is refused with 403 before any page, API or protocol code sees it. In
 * demo mode (the default) the platform answers on http://localhost.
 */
@WebFilter(urlPatterns = "/*")
public class TransportSecurityFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private final boolean production = ProductionChecks.productionMode();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (production && !request.isSecure()) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("text/plain;charset=UTF-8");
      response
          .getOutputStream()
          .write("本平台仅接受 HTTPS 访问 (HTTPS only)".getBytes(StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(request, response);
  }
}
