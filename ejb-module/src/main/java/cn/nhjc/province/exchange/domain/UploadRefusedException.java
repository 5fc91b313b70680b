package cn.nhjc.province.exchange.domain;

import cn.nhjc.province.platform.input.Quote;

/**
 * A request the protocol refuses; the message is the answer's responseMessage. Nothing of the
 * request is kept.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class UploadRefusedException extends RuntimeException {
  public static final String DECRYPTION_FAILED = "解密失败！";
  public static final String DEVICE_MISMATCH = "序列号与企业统一社会信用代码不符";

  /** How the refusal of a body longer than the limit begins. */
  public static final String BODY_TOO_LARGE = "报文长度超过上限 ";

  /** How the refusal of more items than one upload may carry begins. */
  public static final String TOO_MANY_ITEMS = "数据条数 ";

  /** How the refusal of an operation the protocol does not have begins. */
  public static final String UNKNOWN_OPERATION = "未知的接口 ";

  public UploadRefusedException(String message) {
    super(message);
  }

  /** The refusal of a body of more than {@code maxBytes}. */
  public static UploadRefusedException bodyTooLarge(int maxBytes) {
    return new UploadRefusedException(BODY_TOO_LARGE + maxBytes + " 字节");
  }

  /** The refusal of an operation the protocol does not have, quoted at a bounded length. */
  public static UploadRefusedException unknownOperation(String operation) {
    return new UploadRefusedException(UNKNOWN_OPERATION + Quote.of(operation));
  }

  /** The refusal of {@code items} items when at most {@code maxItems} may come at once. */
  public static UploadRefusedException tooManyItems(int items, int maxItems) {
    return new UploadRefusedException(TOO_MANY_ITEMS + items + " 超过上限 " + maxItems + "，请分批上传");
  }
}
