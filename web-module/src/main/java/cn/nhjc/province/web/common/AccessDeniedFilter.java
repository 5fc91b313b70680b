package cn.nhjc.province.web.common;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A page whose services refuse the caller's role answers 403 (the forbidden page), not a server
 * error: the folders' security constraints admit every government role, the services decide what
 * each role may see.
 */
@WebFilter(urlPatterns = {"/gov/*", "/ent/*"})
public class AccessDeniedFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!deniedAccess(e) || response.isCommitted()) {
        throw e;
      }
      response.reset();
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  static boolean deniedAccess(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof EJBAccessException) {
        return true;
      }
    }
    return false;
  }
}
