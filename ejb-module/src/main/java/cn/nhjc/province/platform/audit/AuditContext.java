package cn.nhjc.province.platform.audit;

/**
 * The source address of the request the current thread serves, for the audit records its services
 * write. The web module's filter enters it for each request (the remote address, which the server
 * takes from X-Forwarded-For only when it is configured to trust a proxy) and leaves it in {@code
 * finally}; a thread that serves no request has none.
 */
public final class AuditContext {
  private static final ThreadLocal<String> SOURCE = new ThreadLocal<>();

  private AuditContext() {}

  /**
   * Makes {@code source} the current thread's source address.
   *
   * @return the address it replaces ({@code null}: none), for {@link #leave}
   */
  public static String enter(String source) {
    String previous = SOURCE.get();
    SOURCE.set(source);
    return previous;
  }

  /** Puts back the address {@link #enter} replaced; none when it replaced none. */
  public static void leave(String previous) {
    if (previous == null) {
      SOURCE.remove();
    } else {
      SOURCE.set(previous);
    }
  }

  /** The current thread's source address; {@code null} outside a request. */
  public static String source() {
    return SOURCE.get();
  }
}
