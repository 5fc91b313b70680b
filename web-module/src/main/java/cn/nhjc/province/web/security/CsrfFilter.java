package cn.nhjc.province.web.security;

import cn.nhjc.province.web.api.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a state-changing call of the REST API made with the pages' session but without the
 * session's CSRF token in {@code X-CSRF-Token} ({@link CsrfTokens#refuses}): 403, a problem detail,
 * before the request reaches JAX-RS, whatever its content type. Calls with a bearer token pass.
 * Mapped to {@code /api/v1/*} in web.xml, after {@link SecurityHeadersFilter}.
 */
public class CsrfFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  static final String DETAIL =
      "missing or wrong "
          + CsrfTokens.HEADER
          + ": a call that changes state with the pages' session must send the token of the"
          + " page's <meta name=\"csrf-token\">; scripts send a bearer token instead";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    if (CsrfTokens.refuses(
        request.getMethod(),
        request.getHeader("Authorization"),
        session != null,
        session == null ? null : CsrfTokens.stored(session),
        request.getHeader(CsrfTokens.HEADER))) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType(Problem.MEDIA_TYPE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              Problem.of(HttpServletResponse.SC_FORBIDDEN, DETAIL, request.getRequestURI()).json());
      return;
    }
    chain.doFilter(request, response);
  }
}
