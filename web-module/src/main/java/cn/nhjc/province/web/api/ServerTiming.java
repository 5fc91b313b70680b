package cn.nhjc.province.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Adds {@code Server-Timing: app;dur=…} (W3C Server Timing) to every API answer: the milliseconds
 * from the request reaching JAX-RS (after the bearer token was checked) to the answer's headers,
 * i.e. the resource method and the services it called, without writing the JSON body. Browsers'
 * developer tools show it; the monitoring benchmark reads it.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class ServerTiming implements ContainerRequestFilter, ContainerResponseFilter {

  static final String STARTED = ServerTiming.class.getName() + ".started";

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(STARTED) instanceof Long started) {
      response.getHeaders().add("Server-Timing", header(System.nanoTime() - started));
    }
  }

  /** The header's value for a duration in nanoseconds: milliseconds with one decimal. */
  static String header(long nanos) {
    return String.format(Locale.ROOT, "app;dur=%.1f", nanos / 1_000_000.0);
  }
}
