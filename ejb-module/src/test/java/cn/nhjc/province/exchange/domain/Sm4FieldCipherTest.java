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
}
