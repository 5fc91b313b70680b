package cn.nhjc.province.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Maps service exceptions to API errors: no stack traces leave the server. */
public final class ErrorMappers {
  private ErrorMappers() {}

  static Response error(Response.Status status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(status.getStatusCode(), status.getReasonPhrase(), message))
        .build();
  }

  /** A role the EJB does not allow. */
  @Provider
  public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
    @Override
    public Response toResponse(EJBAccessException e) {
      return error(Response.Status.FORBIDDEN, "this role may not do that");
    }
  }

  /** Bad parameters, raised by the services' own checks. */
  @Provider
  public static class BadRequest implements ExceptionMapper<IllegalArgumentException> {
    @Override
    public Response toResponse(IllegalArgumentException e) {
      return error(Response.Status.BAD_REQUEST, e.getMessage());
    }
  }

  /**
   * An EJB wraps what it does not declare; unwrap the two kinds above, also when one EJB called
   * another and the exception comes wrapped twice.
   */
  @Provider
  public static class Wrapped implements ExceptionMapper<EJBException> {
    @Override
    public Response toResponse(EJBException e) {
      Throwable cause = e;
      for (int depth = 0; cause instanceof EJBException wrapped && depth < 5; depth++) {
        if (wrapped instanceof EJBAccessException) {
          return error(Response.Status.FORBIDDEN, "this role may not do that");
        }
        cause = wrapped.getCause() == null ? wrapped.getCausedByException() : wrapped.getCause();
      }
      if (cause instanceof IllegalArgumentException) {
        return error(Response.Status.BAD_REQUEST, cause.getMessage());
      }
      return error(Response.Status.INTERNAL_SERVER_ERROR, "internal error; see the server log");
    }
  }
}
