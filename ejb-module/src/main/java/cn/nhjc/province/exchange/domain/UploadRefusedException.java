package cn.nhjc.province.exchange.domain;

/**
 * A request the protocol refuses; the message is the answer's responseMessage. Nothing of the
 * request is kept.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class UploadRefusedException extends RuntimeException {
  public static final String DECRYPTION_FAILED = "解密失败！";
  public static final String DEVICE_MISMATCH = "序列号与企业统一社会信用代码不符";

  public UploadRefusedException(String message) {
    super(message);
  }
}
