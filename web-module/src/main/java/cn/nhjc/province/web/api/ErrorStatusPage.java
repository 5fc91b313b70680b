package cn.nhjc.province.web.api;

import cn.nhjc.province.platform.audit.AuditTrail;
import cn.nhjc.province.web.common.AuditFilter;
import jakarta.ejb.EJB;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page of 401, 403 and 500 (web.xml): the answers the container gives before JAX-RS runs,
 * such as the bearer-token check's 401 on /api/*, and failures nothing else handled become problem
 * details there; a page's 403 shows the forbidden page. A 403 is recorded in the audit trail as
 * refused access.
 */
@WebServlet(ErrorStatusPage.PATH)
public class ErrorStatusPage extends HttpServlet {
  static final String PATH = "/error/status";
  private static final long serialVersionUID = 1L;

  @EJB private AuditTrail audit;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    int status =
        request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
            ? code
            : HttpServletResponse.SC_NOT_FOUND;
    String uri =
        request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path
            ? path
            : request.getRequestURI();
    if (status == HttpServletResponse.SC_FORBIDDEN) {
      AuditFilter.recordDenied(audit, request, uri);
    }
    if (isApi(uri, request.getContextPath())) {
      response.setStatus(status);
      response.setContentType(Problem.MEDIA_TYPE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(Problem.of(status, detail(status), uri).json());
    } else if (status == HttpServletResponse.SC_FORBIDDEN) {
      request.getRequestDispatcher("/error/forbidden.xhtml").forward(request, response);
    } else {
      response.setStatus(status);
      response.setContentType("text/plain");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(status + " " + Problem.title(status));
    }
  }

  static boolean isApi(String uri, String contextPath) {
    return uri != null && uri.startsWith(contextPath + "/api/");
  }

  static String detail(int status) {
    return switch (status) {
      case HttpServletResponse.SC_UNAUTHORIZED -> "a valid bearer token is required";
      case HttpServletResponse.SC_FORBIDDEN -> ProblemMappers.ACCESS_DENIED;
      case HttpServletResponse.SC_INTERNAL_SERVER_ERROR -> ProblemMappers.INTERNAL;
      default -> null;
    };
  }
}
