package cn.nhjc.province.exchange.application;

import cn.nhjc.province.exchange.domain.UploadRefusedException;
import cn.nhjc.province.exchange.domain.UploadRequest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Reads the fields of a protocol request, where every value must be a JSON string. */
final class ProtocolRequest {
  static final String MALFORMED = UploadRequest.MALFORMED;

  private ProtocolRequest() {}

  /** A string field; missing or null reads as empty. */
  static String text(JsonObject request, String field) {
    JsonValue value = request.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return "";
    }
    if (value instanceof JsonString string) {
      return string.getString().trim();
    }
    throw new UploadRefusedException(MALFORMED + "字段 " + field + " 应为字符串");
  }

  static JsonObject object(JsonObject request, String field) {
    JsonValue value = request.get(field);
    if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new UploadRefusedException(MALFORMED + "缺少对象 " + field);
    }
    return value.asJsonObject();
  }

  static JsonArray array(JsonObject request, String field) {
    JsonValue value = request.get(field);
    if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
      throw new UploadRefusedException(MALFORMED + "缺少数组 " + field);
    }
    return value.asJsonArray();
  }
}
