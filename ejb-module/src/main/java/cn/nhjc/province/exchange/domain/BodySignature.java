package cn.nhjc.province.exchange.domain;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * A device's proof that it holds its SM4 key: the HMAC-SM3 (GB/T 32905 with RFC 2104) of the raw
 * request body under the key {@code register} handed out, sent as lowercase hex in the header
 * {@value #HEADER} (docs/protocol.md, "Signed requests").
 */
public final class BodySignature {
  /** The HTTP header that carries the signature. */
  public static final String HEADER = "X-Signature-SM3";

  public static final String MISSING = "本单位要求报文签名：请在请求头 " + HEADER + " 中携带报文的 HMAC-SM3";
  public static final String INVALID = "报文签名校验失败";

  private static final HexFormat HEX = HexFormat.of();
  private static final int LENGTH = 32;

  private BodySignature() {}

  /** The signature of {@code body} under {@code key}, as lowercase hex. */
  public static String sign(byte[] key, byte[] body) {
    return HEX.formatHex(mac(key, body));
  }

  /**
   * Whether {@code presented} (hex, either case) is the signature of {@code body} under {@code
   * key}; compared in constant time.
   */
  public static boolean verify(byte[] key, byte[] body, String presented) {
    if (presented == null || presented.length() != 2 * LENGTH) {
      return false;
    }
    byte[] claimed;
    try {
      claimed = HEX.parseHex(presented.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(mac(key, body), claimed);
  }

  private static byte[] mac(byte[] key, byte[] body) {
    HMac hmac = new HMac(new SM3Digest());
    hmac.init(new KeyParameter(key));
    hmac.update(body, 0, body.length);
    byte[] out = new byte[hmac.getMacSize()];
    hmac.doFinal(out, 0);
    return out;
  }
}
