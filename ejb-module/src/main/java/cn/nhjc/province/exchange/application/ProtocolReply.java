package cn.nhjc.province.exchange.application;

import jakarta.json.JsonObject;

/**
 * The answer of an API intake (supplier figures, city-platform uploads): an HTTP status and the
 * protocol's envelope ({@code responseCode} "0" or "1", {@code responseMessage}, counts).
 *
 * @param status 200 accepted, 400 refused (nothing kept), 503 the platform failed (send again)
 */
public record ProtocolReply(int status, JsonObject body) {
  static final int ACCEPTED = 200;
  static final int REFUSED = 400;
  static final int UNAVAILABLE = 503;

  static ProtocolReply refused(String message) {
    return new ProtocolReply(REFUSED, ProtocolAnswers.refusal(message));
  }

  static ProtocolReply unavailable() {
    return new ProtocolReply(UNAVAILABLE, ProtocolAnswers.refusal(FrontEndProcessor.UNAVAILABLE));
  }
}
