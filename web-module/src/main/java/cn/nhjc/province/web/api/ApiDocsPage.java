package cn.nhjc.province.web.api;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Swagger UI on the OpenAPI document at /api/docs/ (public, read-only documentation). */
@WebServlet(urlPatterns = {"/api/docs", "/api/docs/"})
public class ApiDocsPage extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    if (request.getServletPath().endsWith("/")) {
      request.getRequestDispatcher("/api/docs/index.html").forward(request, response);
    } else {
      response.sendRedirect(request.getContextPath() + "/api/docs/");
    }
  }
}
