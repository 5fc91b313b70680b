package cn.nhjc.province.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class Sm4FieldCodecTest {

  private static JsonObject vectors;

  @BeforeAll
  static void readVectors() throws Exception {
    try (InputStream in = Sm4FieldCodecTest.class.getResourceAsStream("/sm4-shandong-log.json");
        JsonReader reader = Json.createReader(in)) {
      vectors = reader.readObject();
    }
  }

  private static Sm4FieldCodec codec() {
    return new Sm4FieldCodec(vectors.getString("secretKey"));
  }

  @Test
  void encryptsEveryLoggedFieldToTheLoggedCiphertext() {
    Sm4FieldCodec codec = codec();
    assertFalse(vectors.getJsonArray("fields").isEmpty());
    for (JsonValue value : vectors.getJsonArray("fields")) {
      JsonObject field = value.asJsonObject();
      assertEquals(field.getString("cipher"), codec.encrypt(field.getString("plain")));
    }
  }

  @Test
  void decryptsEveryLoggedCiphertextToTheLoggedValue() {
    Sm4FieldCodec codec = codec();
    for (JsonValue value : vectors.getJsonArray("fields")) {
      JsonObject field = value.asJsonObject();
      assertEquals(field.getString("plain"), codec.decrypt(field.getString("cipher")));
    }
  }

  @Test
  void refusesTheOddLengthCiphertextOfTheLog() {
    Sm4FieldCodec codec = codec();
    String odd = vectors.getJsonArray("errors").getJsonObject(0).getString("cipher");
    assertThrows(IllegalArgumentException.class, () -> codec.decrypt(odd));
  }

  @Test
  void refusesATruncatedBlockAndAWrongKey() {
    Sm4FieldCodec codec = codec();
    assertThrows(IllegalArgumentException.class, () -> codec.decrypt("2dc92937e5be6154"));
    String cipher = codec.encrypt("123.45");
    Sm4FieldCodec other = new Sm4FieldCodec("00112233445566778899aabbccddeeff");
    // a wrong key almost always breaks the padding; if not, it certainly changes the value
    try {
      assertFalse("123.45".equals(other.decrypt(cipher)));
    } catch (IllegalArgumentException expected) {
      // the usual outcome
    }
  }

  @Test
  void refusesAKeyThatIsNotSixteenBytes() {
    assertThrows(IllegalArgumentException.class, () -> new Sm4FieldCodec("7c7ab08b"));
  }
}
