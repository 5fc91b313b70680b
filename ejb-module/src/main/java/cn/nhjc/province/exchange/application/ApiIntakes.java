package cn.nhjc.province.exchange.application;

import cn.nhjc.province.exchange.domain.UploadRefusedException;
import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the API intakes (suppliers, city platforms) share: reading a protocol body sent in clear and
 * writing each request's outcome to the upload log.
 */
final class ApiIntakes {
  private static final Logger LOG = Logger.getLogger(ApiIntakes.class.getName());
  private static final JsonReaderFactory READERS = Json.createReaderFactory(null);

  private ApiIntakes() {}

  /**
   * The body as a JSON object.
   *
   * @throws UploadRefusedException when it is too long or not a JSON object
   */
  static JsonObject object(byte[] body, int maxBytes) {
    if (body.length > maxBytes) {
      throw UploadRefusedException.bodyTooLarge(maxBytes);
    }
    try (JsonReader reader =
        READERS.createReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new UploadRefusedException(ProtocolRequest.MALFORMED + "应为 JSON 对象");
      }
      return value.asJsonObject();
    } catch (JsonException | IllegalStateException e) {
      throw new UploadRefusedException(ProtocolRequest.MALFORMED + "不是有效的 JSON");
    }
  }

  /**
   * The named string fields of every object in the array {@code field}.
   *
   * @throws UploadRefusedException when an entry is not an object or lacks a field
   */
  static String[][] entries(JsonObject request, String field, List<String> names) {
    JsonArray data = ProtocolRequest.array(request, field);
    String[][] entries = new String[data.size()][];
    for (int i = 0; i < data.size(); i++) {
      JsonValue value = data.get(i);
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new UploadRefusedException(ProtocolRequest.MALFORMED + "第" + (i + 1) + "条数据不是对象");
      }
      JsonObject entry = value.asJsonObject();
      String[] values = new String[names.size()];
      for (int f = 0; f < values.length; f++) {
        String name = names.get(f);
        if (!entry.containsKey(name)) {
          throw new UploadRefusedException(
              ProtocolRequest.MALFORMED + "第" + (i + 1) + "条数据缺少字段 " + name);
        }
        values[f] = ProtocolRequest.text(entry, name);
      }
      entries[i] = values;
    }
    return entries;
  }

  /**
   * Whether the failure is an access refusal, also one the container wrapped on the way out of
   * another bean (the API answers it 403).
   */
  static boolean accessDenied(RuntimeException e) {
    return e instanceof EJBAccessException || e.getCause() instanceof EJBAccessException;
  }

  /** What the upload log keeps of one request, filled in as the request is understood. */
  static final class Outcome {
    final Instant receivedAt = Instant.now();
    String deviceId;
    String creditCode;
    Long unitId;
    boolean accepted;
    int items;
    int flagged;
    String reason;
    String uploadId;

    /** The request named a deviceId no device has: not written to the log. */
    boolean unknownDevice;

    /** Writes the outcome; a failing log write never changes the answer. */
    void record(UploadLog log, String operation, String remote) {
      try {
        log.record(
            new UploadLog.Entry(
                receivedAt,
                operation.length() > 24 ? operation.substring(0, 24) : operation,
                deviceId,
                creditCode,
                unitId,
                accepted,
                items,
                flagged,
                reason,
                uploadId,
                remote));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "could not write the upload log for " + operation, e);
      }
    }
  }
}
