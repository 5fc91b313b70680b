package cn.nhjc.province.web.api;

import cn.nhjc.province.exchange.application.ProtocolReply;
import cn.nhjc.province.platform.config.PlatformSettings;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Bodies and answers of the API intakes that speak the protocol's envelope. */
final class ProtocolBodies {
  private ProtocolBodies() {}

  /**
   * At most one byte more than {@code exchange.max-body-bytes}: the intake refuses a longer body
   * (in the protocol's form, and logged) without the rest being read.
   */
  static byte[] read(InputStream body, PlatformSettings settings) {
    try {
      return body.readNBytes(settings.integer("exchange.max-body-bytes") + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Response answer(ProtocolReply reply) {
    Response.ResponseBuilder answer =
        Response.status(reply.status())
            .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
            .entity(reply.body().toString());
    if (reply.retryAfterSeconds() > 0) {
      answer.header(HttpHeaders.RETRY_AFTER, reply.retryAfterSeconds());
    }
    return answer.build();
  }
}
