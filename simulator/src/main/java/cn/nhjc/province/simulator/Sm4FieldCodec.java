package cn.nhjc.province.simulator;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.paddings.PKCS7Padding;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.util.encoders.Hex;

/**
 * Encrypts and decrypts the single field values of an upload: SM4, ECB, PKCS#7, lowercase hex.
 *
 * <p>ECB here is the protocol's choice, not ours: every value is a block sequence of its own. An
 * instance holds cipher state and is not thread-safe; use one per thread.
 */
public final class Sm4FieldCodec {

  private final KeyParameter key;
  private final PaddedBufferedBlockCipher cipher =
      new PaddedBufferedBlockCipher(new SM4Engine(), new PKCS7Padding());

  /**
   * @param secretKeyHex the device's secretKey: 32 hex digits, a 16-byte key
   */
  public Sm4FieldCodec(String secretKeyHex) {
    byte[] raw = decodeHex(secretKeyHex);
    if (raw.length != 16) {
      throw new IllegalArgumentException("an SM4 key has 16 bytes, got " + raw.length);
    }
    this.key = new KeyParameter(raw);
  }

  /** Encrypts one value (UTF-8) and returns the ciphertext as lowercase hex. */
  public String encrypt(String plain) {
    return Hex.toHexString(run(true, plain.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Decrypts one lowercase or uppercase hex ciphertext.
   *
   * @throws IllegalArgumentException when the text is not hex of whole blocks or the padding is bad
   *     (what the platform answers with 解密失败)
   */
  public String decrypt(String cipherHex) {
    byte[] bytes = decodeHex(cipherHex);
    if (bytes.length == 0 || bytes.length % 16 != 0) {
      throw new IllegalArgumentException("ciphertext is not a whole number of SM4 blocks");
    }
    return new String(run(false, bytes), StandardCharsets.UTF_8);
  }

  private byte[] run(boolean encrypt, byte[] input) {
    cipher.init(encrypt, key);
    byte[] out = new byte[cipher.getOutputSize(input.length)];
    int length = cipher.processBytes(input, 0, input.length, out, 0);
    try {
      length += cipher.doFinal(out, length);
    } catch (InvalidCipherTextException e) {
      throw new IllegalArgumentException("bad SM4 padding", e);
    }
    if (length == out.length) {
      return out;
    }
    byte[] exact = new byte[length];
    System.arraycopy(out, 0, exact, 0, length);
    return exact;
  }

  // BouncyCastle's decoder would silently accept an odd digit count, so the check is ours.
  private static byte[] decodeHex(String hex) {
    if (hex == null || hex.length() % 2 != 0 || !hex.matches("[0-9a-fA-F]*")) {
      throw new IllegalArgumentException("not an even-length hex string");
    }
    return Hex.decode(hex);
  }
}
