package cn.nhjc.province.exchange.application;

import cn.nhjc.province.exchange.domain.BodySignature;
import cn.nhjc.province.exchange.domain.IntakeBusyException;
import cn.nhjc.province.exchange.domain.RateLimitedException;
import cn.nhjc.province.exchange.domain.UploadRefusedException;
import cn.nhjc.province.exchange.domain.UploadRequest;
import cn.nhjc.province.registry.application.RegistrationRefusedException;

/**
 * Why the front-end processor refused a request, in a few categories an operator can count and
 * alert on: the refusal's text names items, values and limits, and would make every refusal a
 * series of its own.
 */
public enum RefusalCategory {
  /** Not JSON, not an object, a field missing or of the wrong type. */
  MALFORMED("malformed"),
  /** A body longer than the limit, or more items than one upload may carry. */
  TOO_LARGE("too-large"),
  /** An operation the protocol does not have. */
  UNKNOWN_OPERATION("unknown-operation"),
  /** A device the platform does not know, or one that names another enterprise. */
  UNKNOWN_DEVICE("unknown-device"),
  /** A field that does not decrypt under the device's key. */
  DECRYPTION("decryption"),
  /** A register refused: not on the list, another region, already registered. */
  REGISTRATION("registration"),
  /** The upload's intake lane holds too many uploads not yet stored: sent again later. */
  BUSY("busy"),
  /** The sender (a remote address or a device) sent more than the rate limit allows. */
  RATE_LIMITED("rate-limited"),
  /** A device registered but not yet confirmed, or a signature missing or wrong. */
  ENROLMENT("enrolment"),
  /** Any other fault of the request's content: a value, a date, a code, an item. */
  VALIDATION("validation"),
  /** The platform, not the request, failed; the device is told to send again. */
  UNAVAILABLE("unavailable");

  private final String tag;

  RefusalCategory(String tag) {
    this.tag = tag;
  }

  /** The category's name as a metric tag. */
  public String tag() {
    return tag;
  }

  /**
   * The category of a failure of the front-end processor: a protocol refusal by its kind, anything
   * else is the platform's fault.
   */
  public static RefusalCategory of(RuntimeException failure) {
    if (failure instanceof RegistrationRefusedException) {
      return REGISTRATION;
    }
    if (failure instanceof IntakeBusyException) {
      return BUSY;
    }
    if (failure instanceof RateLimitedException) {
      return RATE_LIMITED;
    }
    if (!(failure instanceof UploadRefusedException)) {
      return UNAVAILABLE;
    }
    String message = failure.getMessage() == null ? "" : failure.getMessage();
    if (message.startsWith(UploadRequest.MALFORMED)) {
      return MALFORMED;
    }
    if (message.startsWith(UploadRefusedException.BODY_TOO_LARGE)
        || message.startsWith(UploadRefusedException.TOO_MANY_ITEMS)) {
      return TOO_LARGE;
    }
    if (message.startsWith(UploadRefusedException.UNKNOWN_OPERATION)) {
      return UNKNOWN_OPERATION;
    }
    if (message.equals(UploadRefusedException.DEVICE_MISMATCH)) {
      return UNKNOWN_DEVICE;
    }
    if (message.startsWith(FrontEndProcessor.PENDING)
        || message.equals(BodySignature.MISSING)
        || message.equals(BodySignature.INVALID)) {
      return ENROLMENT;
    }
    if (message.equals(UploadRefusedException.DECRYPTION_FAILED)) {
      return DECRYPTION;
    }
    return VALIDATION;
  }
}
