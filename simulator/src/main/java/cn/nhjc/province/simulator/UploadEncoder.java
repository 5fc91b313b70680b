package cn.nhjc.province.simulator;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns readings into {@code uploadEnergyData} bodies: every one of the eight item values encrypted
 * on its own, at most {@link #MAX_ITEMS} items per body. Not thread-safe (it holds a cipher).
 */
public final class UploadEncoder {

  /** The platform's default {@code exchange.max-items}. */
  public static final int MAX_ITEMS = 5000;

  /** The value of {@code valid} this simulator always sends, as real devices do. */
  static final String VALID = "1";

  private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());

  private final Device device;
  private final Sm4FieldCodec codec;

  public UploadEncoder(Device device) {
    this.device = device;
    this.codec = new Sm4FieldCodec(device.secretKey());
  }

  /** One body per chunk of at most {@link #MAX_ITEMS} readings, in order. */
  public List<byte[]> encode(List<Reading> readings, LocalDateTime uploadDate) {
    List<byte[]> bodies = new ArrayList<>();
    for (List<Reading> chunk : split(readings, MAX_ITEMS)) {
      bodies.add(encodeOne(chunk, uploadDate));
    }
    return bodies;
  }

  /** One body; the caller keeps {@code readings} within the platform's item limit. */
  public byte[] encodeOne(List<Reading> readings, LocalDateTime uploadDate) {
    String sent = BeijingTime.format(uploadDate);
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 + readings.size() * 420);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject()
          .write("deviceId", device.deviceId())
          .write("enterpriseCode", device.creditCode())
          .writeStartArray("data");
      for (Reading r : readings) {
        json.writeStartObject()
            .write("dataCode", codec.encrypt(r.dataCode()))
            .write("dataValue", codec.encrypt(r.value().toPlainString()))
            .write("inputType", codec.encrypt(r.inputType()))
            .write("statType", codec.encrypt(Integer.toString(r.statType())))
            .write("statDate", codec.encrypt(BeijingTime.format(r.statDate())))
            .write("uploadDate", codec.encrypt(sent))
            .write("scope", codec.encrypt(r.scope()))
            .write("valid", codec.encrypt(VALID))
            .writeEnd();
      }
      json.writeEnd().writeEnd();
    }
    return out.toByteArray();
  }

  /** Consecutive sublists of at most {@code size} elements (none when the list is empty). */
  public static <T> List<List<T>> split(List<T> list, int size) {
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < list.size(); from += size) {
      chunks.add(List.copyOf(list.subList(from, Math.min(list.size(), from + size))));
    }
    return chunks;
  }
}
