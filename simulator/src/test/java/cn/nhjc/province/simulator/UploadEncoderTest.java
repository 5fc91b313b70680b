package cn.nhjc.province.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UploadEncoderTest {

  private static final Device DEVICE =
      new Device(
          "91370600710936591P",
          "92ddac131d0517f12f754b9738efeb83",
          "7c7ab08b3d934268996faf7eb5e0342d",
          "01:38:00");
  private static final LocalDateTime SENT = LocalDateTime.of(2021, 10, 9, 1, 38, 5);
  private static final Set<String> EIGHT_FIELDS =
      Set.of(
          "dataCode",
          "dataValue",
          "inputType",
          "statType",
          "statDate",
          "uploadDate",
          "scope",
          "valid");

  private static List<Reading> readings(int count) {
    List<Reading> readings = new ArrayList<>();
    LocalDateTime slot = LocalDateTime.of(2021, 10, 1, 0, 0);
    for (int i = 0; i < count; i++) {
      readings.add(
          new Reading(
              "00-00-0000-023300-11",
              0,
              slot.plusMinutes(15L * i),
              new BigDecimal("123.450"),
              "4",
              "1"));
    }
    return readings;
  }

  private static JsonObject parse(byte[] body) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      return reader.readObject();
    }
  }

  @Test
  void everyItemHasExactlyTheEightFieldsEachAnEncryptedString() {
    List<Reading> readings = readings(3);
    JsonObject body = parse(new UploadEncoder(DEVICE).encodeOne(readings, SENT));
    assertEquals(Set.of("deviceId", "enterpriseCode", "data"), body.keySet());
    assertEquals(DEVICE.deviceId(), body.getString("deviceId"));
    assertEquals(DEVICE.creditCode(), body.getString("enterpriseCode"));
    Sm4FieldCodec codec = new Sm4FieldCodec(DEVICE.secretKey());
    for (int i = 0; i < readings.size(); i++) {
      JsonObject item = body.getJsonArray("data").getJsonObject(i);
      assertEquals(EIGHT_FIELDS, item.keySet());
      item.values().forEach(v -> assertEquals(JsonValue.ValueType.STRING, v.getValueType()));
      Reading r = readings.get(i);
      assertEquals(r.dataCode(), codec.decrypt(item.getString("dataCode")));
      assertEquals("123.450", codec.decrypt(item.getString("dataValue")));
      assertEquals("4", codec.decrypt(item.getString("inputType")));
      assertEquals("0", codec.decrypt(item.getString("statType")));
      assertEquals(BeijingTime.format(r.statDate()), codec.decrypt(item.getString("statDate")));
      assertEquals("2021-10-09 01:38:05", codec.decrypt(item.getString("uploadDate")));
      assertEquals("1", codec.decrypt(item.getString("scope")));
      assertEquals("1", codec.decrypt(item.getString("valid")));
    }
  }

  @Test
  void theLoggedValueEncryptsAsInTheRealLog() {
    Reading logged =
        new Reading(
            "00-00-0000-023300-11",
            1,
            LocalDateTime.of(2021, 10, 8, 0, 0),
            new BigDecimal("123.45"),
            "1",
            "1");
    JsonObject item =
        parse(new UploadEncoder(DEVICE).encodeOne(List.of(logged), SENT))
            .getJsonArray("data")
            .getJsonObject(0);
    assertEquals(
        "95d7b06994005f47de5367ffbb3b7f34100a70345ef39107385dae3dc82b239e",
        item.getString("dataCode"));
    assertEquals("2dc92937e5be615404f1e84aaf7e38b3", item.getString("dataValue"));
    assertEquals(
        "e3f08d46daafebc46d5507cffff2ae40630ca523ed82b972565fff4dc37dda9c",
        item.getString("statDate"));
  }

  @Test
  void bigUploadsAreSplitAtFiveThousandItems() {
    List<byte[]> bodies = new UploadEncoder(DEVICE).encode(readings(12_001), SENT);
    assertEquals(3, bodies.size());
    assertEquals(5_000, parse(bodies.get(0)).getJsonArray("data").size());
    assertEquals(5_000, parse(bodies.get(1)).getJsonArray("data").size());
    assertEquals(2_001, parse(bodies.get(2)).getJsonArray("data").size());
    assertEquals(1, new UploadEncoder(DEVICE).encode(readings(5_000), SENT).size());
    assertEquals(0, new UploadEncoder(DEVICE).encode(List.of(), SENT).size());
  }
}
