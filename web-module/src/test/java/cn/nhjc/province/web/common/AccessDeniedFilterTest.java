package cn.nhjc.province.web.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

class AccessDeniedFilterTest {

  @Test
  void recognises_a_refused_role_however_deep_the_page_wrapped_it() {
    assertTrue(
        AccessDeniedFilter.deniedAccess(
            new ServletException(new FacesException(new EJBAccessException("no")))));
    assertTrue(AccessDeniedFilter.deniedAccess(new EJBAccessException("no")));
  }

  @Test
  void leaves_other_failures_alone() {
    assertFalse(
        AccessDeniedFilter.deniedAccess(
            new ServletException(new EJBException(new IllegalStateException("bug")))));
  }
}
