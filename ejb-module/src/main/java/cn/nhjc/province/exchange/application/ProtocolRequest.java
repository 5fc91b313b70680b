package cn.nhjc.province.exchange.application;

import cn.nhjc.province.exchange.domain.EncryptedItem;
import cn.nhjc.province.exchange.domain.UploadRefusedException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** Reads the fields of a protocol request, where every value must be a JSON string. */
final class ProtocolRequest {
  static final String MALFORMED = "报文格式错误：";

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

  /** The encrypted items of {@code uploadEnergyData}, each with its eight string fields. */
  static List<EncryptedItem> encryptedItems(JsonObject request, int maxItems) {
    JsonArray data = array(request, "data");
    if (data.size() > maxItems) {
      throw new UploadRefusedException("数据条数 " + data.size() + " 超过上限 " + maxItems + "，请分批上传");
    }
    List<EncryptedItem> items = new ArrayList<>(data.size());
    for (int i = 0; i < data.size(); i++) {
      JsonValue value = data.get(i);
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new UploadRefusedException(MALFORMED + "第" + (i + 1) + "条数据不是对象");
      }
      JsonObject item = value.asJsonObject();
      String[] fields = new String[EncryptedItem.FIELDS.size()];
      for (int f = 0; f < fields.length; f++) {
        String name = EncryptedItem.FIELDS.get(f);
        if (!item.containsKey(name)) {
          throw new UploadRefusedException(MALFORMED + "第" + (i + 1) + "条数据缺少字段 " + name);
        }
        fields[f] = text(item, name);
      }
      items.add(
          new EncryptedItem(
              fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6],
              fields[7]));
    }
    return items;
  }
}
