package cn.nhjc.province.exchange.domain;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * An {@code uploadEnergyData} request read in one pass of a streaming parser, straight into its
 * encrypted items: the largest request of the protocol is never built as a JSON object model first.
 * The parser is Jackson's, which reads the UTF-8 bytes themselves (the server's module); parsson's,
 * which reads decoded characters, took 24 % of WildFly's CPU samples under the ingestion benchmark
 * of 2026-12-06 (docs/benchmarks.md, "What we tried"). It refuses exactly what reading the request
 * as a JSON object model refuses (as the servlet reads the protocol's other requests), with the
 * same messages and in the same order: a request that is not JSON or not an object at once ({@link
 * #parse}); a field that is not a string when it is asked for ({@link #deviceId}, {@link
 * #enterpriseCode}); the faults of {@code data} when the items are asked for ({@link #items}),
 * first a missing array, then too many items, then the first faulty item (its fields checked in the
 * protocol's order).
 */
public final class UploadRequest {
  /** The prefix of the protocol's refusals of a request's form. */
  public static final String MALFORMED = "报文格式错误：";

  private static final JsonFactory PARSERS = new JsonFactory();
  private static final String NOT_A_STRING = new String("not a string"); // compared by identity

  private String deviceId;
  private String enterpriseCode;
  private boolean hasData;
  private int itemCount;
  private final List<EncryptedItem> items = new ArrayList<>();
  private String itemFault;

  private UploadRequest() {}

  /**
   * Reads a request body (UTF-8). What follows the request's object is not read, as with the object
   * model.
   *
   * @throws UploadRefusedException when the body is not JSON or not a JSON object
   */
  public static UploadRequest parse(byte[] body) {
    UploadRequest request = new UploadRequest();
    boolean notAnObject = false;
    try (JsonParser parser = PARSERS.createParser(body)) {
      JsonToken first = next(parser);
      if (first != JsonToken.START_OBJECT) {
        skip(parser, first); // a broken array is not JSON, as for the object model
        notAnObject = true;
      } else {
        request.readTop(parser);
      }
    } catch (IOException | NoSuchElementException e) {
      throw new UploadRefusedException(MALFORMED + "不是有效的 JSON");
    }
    if (notAnObject) {
      throw new UploadRefusedException(MALFORMED + "应为 JSON 对象");
    }
    return request;
  }

  /** The request's deviceId, trimmed; missing or null reads as empty. */
  public String deviceId() {
    return text("deviceId", deviceId);
  }

  /** The request's enterpriseCode, trimmed; missing or null reads as empty. */
  public String enterpriseCode() {
    return text("enterpriseCode", enterpriseCode);
  }

  /**
   * The encrypted items, their values trimmed.
   *
   * @throws UploadRefusedException for the first fault of {@code data}
   */
  public List<EncryptedItem> items(int maxItems) {
    if (!hasData) {
      throw new UploadRefusedException(MALFORMED + "缺少数组 data");
    }
    if (itemCount > maxItems) {
      throw UploadRefusedException.tooManyItems(itemCount, maxItems);
    }
    if (itemFault != null) {
      throw new UploadRefusedException(itemFault);
    }
    return items;
  }

  private static String text(String field, String value) {
    if (value == NOT_A_STRING) {
      throw new UploadRefusedException(MALFORMED + "字段 " + field + " 应为字符串");
    }
    return value == null ? "" : value;
  }

  /** The next token; the end of the body where a value or a field belongs is not JSON. */
  private static JsonToken next(JsonParser parser) throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw new NoSuchElementException("the body ends");
    }
    return token;
  }

  private void readTop(JsonParser parser) throws IOException {
    while (true) {
      JsonToken event = next(parser);
      if (event == JsonToken.END_OBJECT) {
        return;
      }
      String key = parser.currentName();
      JsonToken value = next(parser);
      switch (key) {
        case "deviceId" -> deviceId = scalar(parser, value);
        case "enterpriseCode" -> enterpriseCode = scalar(parser, value);
        case "data" -> readData(parser, value);
        default -> skip(parser, value);
      }
    }
  }

  /** A value where the protocol wants a string: the trimmed text, null for JSON null, or a mark. */
  private static String scalar(JsonParser parser, JsonToken value) throws IOException {
    return switch (value) {
      case VALUE_STRING -> parser.getText().trim();
      case VALUE_NULL -> null;
      default -> {
        skip(parser, value);
        yield NOT_A_STRING;
      }
    };
  }

  private void readData(JsonParser parser, JsonToken value) throws IOException {
    // a later "data" replaces an earlier one, as in the object model
    items.clear();
    itemCount = 0;
    itemFault = null;
    hasData = value == JsonToken.START_ARRAY;
    if (!hasData) {
      skip(parser, value);
      return;
    }
    List<String> names = EncryptedItem.FIELDS;
    while (true) {
      JsonToken event = next(parser);
      if (event == JsonToken.END_ARRAY) {
        return;
      }
      itemCount++;
      if (event != JsonToken.START_OBJECT) {
        skip(parser, event);
        fault(MALFORMED + "第" + itemCount + "条数据不是对象");
        continue;
      }
      String[] fields = new String[names.size()];
      while ((event = next(parser)) != JsonToken.END_OBJECT) {
        int index = names.indexOf(parser.currentName());
        JsonToken fieldValue = next(parser);
        if (index < 0) {
          skip(parser, fieldValue);
        } else {
          String text = scalar(parser, fieldValue);
          fields[index] = text == null ? "" : text;
        }
      }
      if (itemFault == null) {
        check(fields);
      }
    }
  }

  private void check(String[] fields) {
    List<String> names = EncryptedItem.FIELDS;
    for (int f = 0; f < fields.length; f++) {
      if (fields[f] == null) {
        fault(MALFORMED + "第" + itemCount + "条数据缺少字段 " + names.get(f));
        return;
      }
      if (fields[f] == NOT_A_STRING) {
        fault(MALFORMED + "字段 " + names.get(f) + " 应为字符串");
        return;
      }
    }
    items.add(
        new EncryptedItem(
            fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6],
            fields[7]));
  }

  private void fault(String message) {
    if (itemFault == null) {
      itemFault = message;
      items.clear();
    }
  }

  /** Reads past the value that starts with this token. */
  private static void skip(JsonParser parser, JsonToken value) throws IOException {
    if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
      parser.skipChildren();
    }
  }
}
