package cn.nhjc.province.registry.application;

import jakarta.ejb.ApplicationException;

/** A register the protocol refuses; the message is the protocol's answer. */
@ApplicationException(rollback = true)
public class RegistrationRefusedException extends RuntimeException {
  public RegistrationRefusedException(String message) {
    super(message);
  }
}
