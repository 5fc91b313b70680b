package cn.nhjc.province.exchange.domain;

/**
 * A request refused because its sender (a remote address or a device) sent more than the front-end
 * processor's rate limit allows; the answer is HTTP 429 with {@code Retry-After}.
 */
public class RateLimitedException extends UploadRefusedException {
  /** How the refusal begins. */
  public static final String TOO_MANY = "请求过于频繁，请 ";

  private final int retrySeconds;

  public RateLimitedException(int retrySeconds) {
    super(TOO_MANY + retrySeconds + " 秒后重发");
    this.retrySeconds = retrySeconds;
  }

  /** When to send again, in seconds. */
  public int retrySeconds() {
    return retrySeconds;
  }
}
