package cn.nhjc.province.exchange.domain;

/** A protocol field that does not decrypt under the device's key. */
public class FieldDecryptionException extends RuntimeException {
  public FieldDecryptionException(String reason) {
    super(reason);
  }
}
