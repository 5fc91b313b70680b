package cn.nhjc.province.web.common;

import cn.nhjc.province.platform.audit.AuditActions;
import cn.nhjc.province.platform.audit.AuditContext;
import cn.nhjc.province.platform.audit.AuditTrail;
import cn.nhjc.province.platform.audit.Outcome;
import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The audit trail's view of each request. It gives the services the request calls on this thread
 * the request's source address ({@link AuditContext}): the remote address, which the server takes
 * from X-Forwarded-For only once its listener's {@code proxy-address-forwarding} is on
 * (docs/operations.md). And it records a request answered 403 (a page or an API call whose service
 * refused the caller's role) as refused access; one the container refused before any filter ran is
 * recorded by the error page ({@link #recordDenied}).
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class AuditFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(AuditFilter.class.getName());

  /** Set on a request whose refusal is recorded, so that it is recorded once. */
  static final String DENIAL_RECORDED = AuditFilter.class.getName() + ".denialRecorded";

  @EJB private AuditTrail audit;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String previous = AuditContext.enter(request.getRemoteAddr());
    try {
      chain.doFilter(request, response);
      if (request.getDispatcherType() == DispatcherType.REQUEST
          && response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
        recordDenied(audit, request, request.getRequestURI());
      }
    } finally {
      AuditContext.leave(previous);
    }
  }

  /**
   * Records that the caller was refused {@code uri} (action {@code access.denied}, outcome
   * refused), once per request. A record that cannot be written is logged: the caller gets the 403
   * all the same.
   */
  public static void recordDenied(AuditTrail audit, HttpServletRequest request, String uri) {
    if (request.getAttribute(DENIAL_RECORDED) != null) {
      return;
    }
    request.setAttribute(DENIAL_RECORDED, Boolean.TRUE);
    try {
      audit.record(
          AuditActions.ACCESS_DENIED,
          request.getMethod() + " " + uri,
          Outcome.REFUSED,
          "the caller's role may not use it");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "the refused access to " + uri + " could not be recorded", e);
    }
  }
}
