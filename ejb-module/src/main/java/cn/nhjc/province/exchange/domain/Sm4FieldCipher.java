package cn.nhjc.province.exchange.domain;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.paddings.PKCS7Padding;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The protocol's field encryption: SM4 in ECB mode with PKCS#7 padding, UTF-8 text, ciphertext as
 * lowercase hex, one value at a time. One instance serves one key and one thread (a request).
 */
public final class Sm4FieldCipher {
  private static final HexFormat HEX = HexFormat.of();
  private static final int BLOCK = 16;
  private static final PKCS7Padding PADDING = new PKCS7Padding(); // stateless

  private final KeyParameter key;
  private final SM4Engine engine = new SM4Engine();
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
    byte[] text = plain.getBytes(StandardCharsets.UTF_8);
    byte[] blocks = java.util.Arrays.copyOf(text, (text.length / BLOCK + 1) * BLOCK);
    PADDING.addPadding(blocks, text.length);
    return HEX.formatHex(run(true, blocks));
  }

  /**
   * @throws FieldDecryptionException when the text is not even-length hex, not whole blocks, or
   *     does not unpad under this key
   */
  public String decrypt(String hexCipher) {
    byte[] bytes = parseHex(hexCipher);
    if (bytes.length == 0 || bytes.length % BLOCK != 0) {
      throw new FieldDecryptionException("not whole SM4 blocks");
    }
    run(false, bytes);
    int padding;
    try {
      padding =
          PADDING.padCount(java.util.Arrays.copyOfRange(bytes, bytes.length - BLOCK, bytes.length));
    } catch (InvalidCipherTextException e) {
      throw new FieldDecryptionException("padding does not match the key");
    }
    return new String(bytes, 0, bytes.length - padding, StandardCharsets.UTF_8);
  }

  /** ECB in place, block by block with the engine itself (a buffering wrapper would only copy). */
  private byte[] run(boolean encrypt, byte[] blocks) {
    if (encrypting == null || encrypting != encrypt) {
      engine.init(encrypt, key);
      encrypting = encrypt;
    }
    for (int offset = 0; offset < blocks.length; offset += BLOCK) {
      engine.processBlock(blocks, offset, blocks, offset);
    }
    return blocks;
  }

  /** Even-length hex, either case; faster than {@link HexFormat#parseHex} on the hot path. */
  private static byte[] parseHex(String hex) {
    int length = hex.length();
    if ((length & 1) != 0) {
      throw new FieldDecryptionException("not even-length hex");
    }
    byte[] bytes = new byte[length / 2];
    for (int i = 0, j = 0; i < length; i += 2, j++) {
      int high = digit(hex.charAt(i));
      int low = digit(hex.charAt(i + 1));
      if ((high | low) < 0) {
        throw new FieldDecryptionException("not hex");
      }
      bytes[j] = (byte) (high << 4 | low);
    }
    return bytes;
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
