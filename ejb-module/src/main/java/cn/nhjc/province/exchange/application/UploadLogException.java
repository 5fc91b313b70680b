package cn.nhjc.province.exchange.application;

import jakarta.ejb.ApplicationException;

/**
 * The upload log could not be written with the uploads it records; the transaction is rolled back
 * with the readings, so that the delivery that brought them is retried.
 */
@ApplicationException(rollback = true)
public class UploadLogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UploadLogException(String message, Throwable cause) {
    super(message, cause);
  }
}
