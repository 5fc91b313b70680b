package cn.nhjc.province.platform.audit;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import java.util.Locale;

/** How a recorded action ended. */
public enum Outcome {
  /** Done. */
  SUCCESS,
  /** Not done, for the caller's reason: a bad parameter, a rule, a role that may not do it. */
  REFUSED,
  /** Not done, for the platform's reason: a fault. */
  FAILED;

  private static final int MAX_CAUSES = 8;

  /** The code stored and shown: {@code success}, {@code refused}, {@code failed}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException for a code that is none of the three
   */
  public static Outcome ofCode(String code) {
    for (Outcome outcome : values()) {
      if (outcome.code().equals(code)) {
        return outcome;
      }
    }
    throw new IllegalArgumentException("outcome must be success, refused or failed: " + code);
  }

  /**
   * The outcome of an action that threw {@code failure}: refused for the caller's errors
   * (IllegalArgumentException, a denied role, an application exception), failed for the rest;
   * looked for through EJB wrappers.
   */
  public static Outcome of(Throwable failure) {
    Throwable cause = refusal(failure);
    return cause == null ? FAILED : REFUSED;
  }

  /**
   * A short detail of a failure for the record: the refusal's own message, or the fault's class and
   * message.
   */
  public static String describe(Throwable failure) {
    Throwable refusal = refusal(failure);
    if (refusal != null) {
      return refusal.getMessage() == null
          ? refusal.getClass().getSimpleName()
          : refusal.getMessage();
    }
    Throwable cause = unwrapped(failure);
    return cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
  }

  private static Throwable refusal(Throwable failure) {
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
      if (cause instanceof IllegalArgumentException
          || cause instanceof EJBAccessException
          || cause.getClass().isAnnotationPresent(ApplicationException.class)) {
        return cause;
      }
      cause = cause instanceof EJBException ejb ? wrappedBy(ejb) : null;
    }
    return null;
  }

  private static Throwable unwrapped(Throwable failure) {
    Throwable cause = failure;
    for (int depth = 0; cause instanceof EJBException ejb && depth < MAX_CAUSES; depth++) {
      Throwable inner = wrappedBy(ejb);
      if (inner == null) {
        break;
      }
      cause = inner;
    }
    return cause;
  }

  private static Throwable wrappedBy(EJBException ejb) {
    return ejb.getCause() == null ? ejb.getCausedByException() : ejb.getCause();
  }
}
