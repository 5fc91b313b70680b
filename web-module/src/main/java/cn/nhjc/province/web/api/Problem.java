package cn.nhjc.province.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

/**
 * The body of every error answer of the API: an RFC 9457 problem detail, served as {@code
 * application/problem+json}. {@code type} is always {@code about:blank}, so {@code title} is the
 * HTTP status phrase; {@code detail} says what went wrong for this request and {@code instance} is
 * the request path.
 */
public record Problem(String type, String title, int status, String detail, String instance) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String TYPE = "about:blank";

  /** A problem of the given status; a null detail becomes the status phrase. */
  public static Problem of(int status, String detail, String instance) {
    String title = title(status);
    return new Problem(
        TYPE, title, status, detail == null || detail.isBlank() ? title : detail, instance);
  }

  /** The status phrase of a code, also for codes {@link Response.Status} does not list. */
  static String title(int status) {
    for (Response.Status known : Response.Status.values()) {
      if (known.getStatusCode() == status) {
        return known.getReasonPhrase();
      }
    }
    return switch (status / 100) {
      case 4 -> "Client Error";
      case 5 -> "Server Error";
      default -> "HTTP " + status;
    };
  }

  /** The JSON text, written with JSON-P so that no JSON provider's choices bear on it. */
  public String json() {
    JsonObjectBuilder body =
        Json.createObjectBuilder().add("type", type).add("title", title).add("status", status);
    if (detail != null) {
      body.add("detail", detail);
    }
    if (instance != null) {
      body.add("instance", instance);
    }
    return body.build().toString();
  }

  /** The answer carrying this problem. */
  public Response response() {
    return Response.status(status).type(MEDIA_TYPE).entity(json()).build();
  }
}
