package cn.nhjc.province.exchange.domain;

/**
 * An upload refused because its intake lane holds too many uploads not yet stored ({@link
 * Backpressure}): nothing of it is kept, and the sender should send it again after {@link
 * #retrySeconds()}. Unlike the other refusals, the upload itself is fine.
 */
public class IntakeBusyException extends UploadRefusedException {
  private final int retrySeconds;

  public IntakeBusyException(String message, int retrySeconds) {
    super(message);
    this.retrySeconds = retrySeconds;
  }

  /** When to send again, in seconds. */
  public int retrySeconds() {
    return retrySeconds;
  }
}
