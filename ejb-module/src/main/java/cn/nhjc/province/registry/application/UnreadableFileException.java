package cn.nhjc.province.registry.application;

import jakarta.ejb.ApplicationException;

/**
 * A file that cannot be read as the expected list at all (no header, missing columns, not a
 * spreadsheet): the whole import is refused, as a bad request rather than a server failure.
 */
@ApplicationException(rollback = true)
public class UnreadableFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public UnreadableFileException(String message) {
    super(message);
  }

  public UnreadableFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
