package cn.nhjc.province.exchange.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The field cipher against the vectors taken from a real provincial log. */
class Sm4FieldCipherTest {

  private static JsonObject vectors() throws Exception {
    try (InputStream in =
            Sm4FieldCipherTest.class.getResourceAsStream("/vectors/sm4-shandong-log.json");
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    }
  }

  @Test
  void encrypts_every_logged_field_to_the_logged_ciphertext() throws Exception {
    JsonObject vectors = vectors();
    Sm4FieldCipher cipher = Sm4FieldCipher.ofHexKey(vectors.getString("secretKey"));
    for (JsonValue field : vectors.getJsonArray("fields")) {
      JsonObject vector = field.asJsonObject();
      assertEquals(vector.getString("cipher"), cipher.encrypt(vector.getString("plain")));
    }
  }

  @Test
  void decrypts_every_logged_ciphertext_to_the_logged_plain_text() throws Exception {
    JsonObject vectors = vectors();
    Sm4FieldCipher cipher = Sm4FieldCipher.ofHexKey(vectors.getString("secretKey"));
    for (JsonValue field : vectors.getJsonArray("fields")) {
      JsonObject vector = field.asJsonObject();
      assertEquals(vector.getString("plain"), cipher.decrypt(vector.getString("cipher")));
    }
  }

  @Test
  void refuses_the_logged_odd_length_ciphertext() throws Exception {
    JsonObject vectors = vectors();
    Sm4FieldCipher cipher = Sm4FieldCipher.ofHexKey(vectors.getString("secretKey"));
    String odd = vectors.getJsonArray("errors").getJsonObject(0).getString("cipher");
    assertThrows(FieldDecryptionException.class, () -> cipher.decrypt(odd));
  }

  @Test
  void refuses_text_that_is_not_hex_or_not_whole_blocks() {
    Sm4FieldCipher cipher = Sm4FieldCipher.ofHexKey("7c7ab08b3d934268996faf7eb5e0342d");
    assertThrows(FieldDecryptionException.class, () -> cipher.decrypt("zz"));
    assertThrows(FieldDecryptionException.class, () -> cipher.decrypt("00112233"));
    assertThrows(FieldDecryptionException.class, () -> cipher.decrypt(""));
  }

  @Test
  void refuses_a_ciphertext_made_under_another_key() {
    String cipher = Sm4FieldCipher.ofHexKey("00112233445566778899aabbccddeeff").encrypt("123.45");
    Sm4FieldCipher other = Sm4FieldCipher.ofHexKey("7c7ab08b3d934268996faf7eb5e0342d");
    assertThrows(FieldDecryptionException.class, () -> other.decrypt(cipher));
  }

  @Test
  void round_trips_chinese_text() {
    Sm4FieldCipher cipher = Sm4FieldCipher.ofHexKey("7c7ab08b3d934268996faf7eb5e0342d");
    assertEquals("全厂电力", cipher.decrypt(cipher.encrypt("全厂电力")));
  }

  @Test
  void reads_hex_in_either_case_and_switches_direction_on_one_instance() {
    Sm4FieldCipher cipher = Sm4FieldCipher.ofHexKey("7c7ab08b3d934268996faf7eb5e0342d");
    String sealed = cipher.encrypt("2026-11-27 00:00:00");
    assertEquals("2026-11-27 00:00:00", cipher.decrypt(sealed.toUpperCase(java.util.Locale.ROOT)));
    assertEquals(sealed, cipher.encrypt("2026-11-27 00:00:00"));
    assertEquals("2026-11-27 00:00:00", cipher.decrypt(sealed));
    assertThrows(FieldDecryptionException.class, () -> cipher.decrypt(sealed.replace('0', 'g')));
  }

  @Test
  void refuses_padding_longer_than_the_last_block() {
    // two blocks whose clear text is 32 bytes of 0x20: "padding" of 32 is no PKCS#7 padding
    byte[] key = java.util.HexFormat.of().parseHex("7c7ab08b3d934268996faf7eb5e0342d");
    org.bouncycastle.crypto.engines.SM4Engine engine =
        new org.bouncycastle.crypto.engines.SM4Engine();
    engine.init(true, new org.bouncycastle.crypto.params.KeyParameter(key));
    byte[] blocks = new byte[32];
    java.util.Arrays.fill(blocks, (byte) 0x20);
    engine.processBlock(blocks, 0, blocks, 0);
    engine.processBlock(blocks, 16, blocks, 16);
    String sealed = java.util.HexFormat.of().formatHex(blocks);
    assertThrows(FieldDecryptionException.class, () -> new Sm4FieldCipher(key).decrypt(sealed));
  }
}
