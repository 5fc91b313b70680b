package cn.nhjc.province.exchange.application;

import cn.nhjc.province.exchange.domain.IntakeBusyException;
import jakarta.json.JsonObject;

/**
 * The answer of an API intake (supplier figures, city-platform uploads): an HTTP status and the
 * protocol's envelope ({@code responseCode} "0" or "1", {@code responseMessage}, counts).
 *
 * @param status 200 accepted, 400 refused (nothing kept), 503 the platform failed or is busy (send
 *     again)
 * @param retryAfterSeconds when the platform is busy, when to send again (HTTP {@code
 *     Retry-After}); 0 otherwise
 */
public record ProtocolReply(int status, JsonObject body, int retryAfterSeconds) {
  static final int ACCEPTED = 200;
  static final int REFUSED = 400;
  static final int UNAVAILABLE = 503;

  public ProtocolReply(int status, JsonObject body) {
    this(status, body, 0);
  }

  static ProtocolReply refused(String message) {
    return new ProtocolReply(REFUSED, ProtocolAnswers.refusal(message));
  }

  static ProtocolReply unavailable() {
    return new ProtocolReply(UNAVAILABLE, ProtocolAnswers.refusal(FrontEndProcessor.UNAVAILABLE));
  }

  /** The intake lane of the upload is full: nothing kept, send again after the hint. */
  static ProtocolReply busy(IntakeBusyException e) {
    return new ProtocolReply(
        UNAVAILABLE, ProtocolAnswers.refusal(e.getMessage()), e.retrySeconds());
  }
}
