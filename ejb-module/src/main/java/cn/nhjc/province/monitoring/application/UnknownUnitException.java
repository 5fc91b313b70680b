package cn.nhjc.province.monitoring.application;

import jakarta.ejb.ApplicationException;

/** An upload names a credit code that is not on the province's list. */
@ApplicationException(rollback = true)
public class UnknownUnitException extends RuntimeException {
  public UnknownUnitException(String creditCode) {
    super("no key unit with credit code " + creditCode);
  }
}
