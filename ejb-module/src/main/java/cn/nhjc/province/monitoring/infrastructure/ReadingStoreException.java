package cn.nhjc.province.monitoring.infrastructure;

import jakarta.ejb.ApplicationException;

/** Storage failed; the transaction is rolled back so that a JMS delivery is retried. */
@ApplicationException(rollback = true)
public class ReadingStoreException extends RuntimeException {
  public ReadingStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
