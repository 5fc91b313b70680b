package cn.nhjc.province.exchange.domain;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.DataLengthException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.paddings.PKCS7Padding;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The protocol's field encryption: SM4 in ECB mode with PKCS#7 padding, UTF-8 text, ciphertext as
 * lowercase hex, one value at a time. One instance serves one key and one thread (a request).
 */
public final class Sm4FieldCipher {
  private static final HexFormat HEX = HexFormat.of();

  private final KeyParameter key;
  private final PaddedBufferedBlockCipher cipher =
      new PaddedBufferedBlockCipher(new SM4Engine(), new PKCS7Padding());
  private Boolean encrypting; // the key schedule is expanded once per direction, not per field

  public Sm4FieldCipher(byte[] key) {
    if (key.length != 16) {
      throw new IllegalArgumentException("an SM4 key has 16 bytes, not " + key.length);
    }
    this.key = new KeyParameter(key.clone());
  }

  /** The cipher for a key written as 32 hex digits, as {@code register} hands it out. */
  public static Sm4FieldCipher ofHexKey(String hexKey) {
    return new Sm4FieldCipher(HEX.parseHex(hexKey));
  }

  public String encrypt(String plain) {
    return HEX.formatHex(run(true, plain.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * @throws FieldDecryptionException when the text is not even-length hex, not whole blocks, or
   *     does not unpad under this key
   */
  public String decrypt(String hexCipher) {
    byte[] bytes;
    try {
      bytes = HEX.parseHex(hexCipher);
    } catch (IllegalArgumentException e) {
      throw new FieldDecryptionException("not even-length hex");
    }
    if (bytes.length == 0 || bytes.length % 16 != 0) {
      throw new FieldDecryptionException("not whole SM4 blocks");
    }
    return new String(run(false, bytes), StandardCharsets.UTF_8);
  }

  private byte[] run(boolean encrypt, byte[] input) {
    if (encrypting == null || encrypting != encrypt) {
      cipher.init(encrypt, key);
      encrypting = encrypt;
    } else {
      cipher.reset();
    }
    byte[] output = new byte[cipher.getOutputSize(input.length)];
    try {
      int length = cipher.processBytes(input, 0, input.length, output, 0);
      length += cipher.doFinal(output, length);
      return length == output.length ? output : java.util.Arrays.copyOf(output, length);
    } catch (CryptoException | DataLengthException e) {
      throw new FieldDecryptionException("padding does not match the key");
    }
  }
}
