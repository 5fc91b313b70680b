package cn.nhjc.province.web.api;

import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The API's exception mappers: every failure of a resource, of its services and of JAX-RS itself
 * (unknown path, wrong method, unsupported media type, unreadable body) answers with a {@link
 * Problem}. No stack trace leaves the server. {@link #classify} decides the status in one place.
 */
public final class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());
  static final String ACCESS_DENIED = "this role may not do that";
  static final String INTERNAL = "internal error; see the server log";

  private ProblemMappers() {}

  /** The status and detail of a failure; unknown failures are 500. */
  record Outcome(int status, String detail) {}

  /**
   * What a failure means to the caller, looking through EJB wrappers (an EJB wraps what it does not
   * declare, twice when one EJB called another).
   */
  static Outcome classify(Throwable failure) {
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < 8; depth++) {
      if (cause instanceof EJBAccessException) {
        return new Outcome(403, ACCESS_DENIED);
      }
      if (cause instanceof WebApplicationException web) {
        return new Outcome(web.getResponse().getStatus(), detail(web.getMessage()));
      }
      if (cause instanceof IllegalArgumentException || cause instanceof JsonException) {
        return new Outcome(400, cause.getMessage());
      }
      if (cause instanceof NoSuchJobExecutionException) {
        return new Outcome(404, "no such job execution");
      }
      if (cause instanceof EJBException wrapped) {
        cause = wrapped.getCause() == null ? wrapped.getCausedByException() : wrapped.getCause();
      } else if (cause instanceof ProcessingException && cause.getCause() != null) {
        cause = cause.getCause();
      } else {
        break;
      }
    }
    return new Outcome(500, INTERNAL);
  }

  /** A runtime's message without its message code ("RESTEASY003210: …"). */
  static String detail(String message) {
    return message == null ? null : message.replaceFirst("^[A-Z]+\\d+: ", "");
  }

  /** The problem answer of a failure at {@code path}. */
  static Response answer(Throwable failure, String path) {
    Outcome outcome = classify(failure);
    if (outcome.status() >= 500) {
      LOG.log(Level.SEVERE, "API request " + path + " failed", failure);
    }
    return Problem.of(outcome.status(), outcome.detail(), path).response();
  }

  abstract static class Base<E extends Throwable> implements ExceptionMapper<E> {
    @Context HttpServletRequest request;

    String path() {
      return request == null ? null : request.getRequestURI();
    }
  }

  /** JAX-RS's own errors (404 unknown path, 405, 406, 415, 400) and those resources throw. */
  @Provider
  public static class Web extends Base<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      Response original = e.getResponse();
      if (original.getStatus() < 400) {
        return original;
      }
      Response problem =
          Problem.of(original.getStatus(), detail(e.getMessage()), path()).response();
      Response.ResponseBuilder answer = Response.fromResponse(problem);
      for (Map.Entry<String, List<Object>> header : original.getHeaders().entrySet()) {
        if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(header.getKey())
            && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(header.getKey())) {
          for (Object value : header.getValue()) {
            answer.header(header.getKey(), value); // Allow of a 405, Retry-After of a 503
          }
        }
      }
      return answer.build();
    }
  }

  /** A role the EJB does not allow. */
  @Provider
  public static class AccessDenied extends Base<EJBAccessException> {
    @Override
    public Response toResponse(EJBAccessException e) {
      return answer(e, path());
    }
  }

  /** Bad parameters, raised by the services' own checks. */
  @Provider
  public static class BadRequest extends Base<IllegalArgumentException> {
    @Override
    public Response toResponse(IllegalArgumentException e) {
      return answer(e, path());
    }
  }

  /** What an EJB wrapped: its cause decides. */
  @Provider
  public static class Wrapped extends Base<EJBException> {
    @Override
    public Response toResponse(EJBException e) {
      return answer(e, path());
    }
  }

  /** A body JAX-RS could not read or write (for example unparseable JSON). */
  @Provider
  public static class Processing extends Base<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      Outcome outcome = classify(e);
      boolean withBody =
          request != null
              && request.getContentLengthLong() != 0
              && !"GET".equals(request.getMethod());
      if (outcome.status() == 500 && withBody) {
        return Problem.of(400, "the request body cannot be read", path()).response();
      }
      return answer(e, path());
    }
  }

  /** Anything else: 500, logged here with its stack trace. */
  @Provider
  public static class Unexpected extends Base<RuntimeException> {
    @Override
    public Response toResponse(RuntimeException e) {
      Response carried = carriedResponse(e);
      if (carried != null && carried.getStatus() < 400) {
        return carried; // the runtime's own answers, such as the default one to OPTIONS
      }
      int code = carried != null ? carried.getStatus() : errorCode(e);
      if (code >= 400 && code < 500) {
        return Problem.of(code, detail(e.getMessage()), path()).response();
      }
      return answer(e, path());
    }
  }

  /**
   * The answer a JAX-RS runtime's own exception carries (RESTEasy's failures have {@code
   * getResponse()} and {@code getErrorCode()}), read reflectively so that no runtime class is
   * named.
   */
  static Response carriedResponse(Throwable e) {
    try {
      return e.getClass().getMethod("getResponse").invoke(e) instanceof Response response
          ? response
          : null;
    } catch (ReflectiveOperationException | RuntimeException notThere) {
      return null;
    }
  }

  static int errorCode(Throwable e) {
    try {
      return e.getClass().getMethod("getErrorCode").invoke(e) instanceof Integer code ? code : -1;
    } catch (ReflectiveOperationException | RuntimeException notThere) {
      return -1;
    }
  }
}
