package cn.nhjc.province.exchange.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** The JSON form of an {@link UploadBatch} on the intake queue. */
public final class UploadBatchCodec {
  private UploadBatchCodec() {}

  public static String toJson(UploadBatch batch) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (UploadBatch.Item item : batch.items()) {
      items.add(
          Json.createObjectBuilder()
              .add("dataCode", item.dataCode())
              .add("statType", item.statType())
              .add("statDate", item.statDate())
              .add("value", item.value())
              .add("inputType", item.inputType())
              .add("valid", item.valid()));
    }
    return Json.createObjectBuilder()
        .add("uploadId", batch.uploadId())
        .add("creditCode", batch.creditCode())
        .add("source", batch.source())
        .add("items", items)
        .build()
        .toString();
  }

  public static UploadBatch fromJson(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      List<UploadBatch.Item> items = new ArrayList<>();
      for (JsonValue value : object.getJsonArray("items")) {
        JsonObject item = value.asJsonObject();
        items.add(
            new UploadBatch.Item(
                item.getString("dataCode"),
                item.getInt("statType"),
                item.getString("statDate"),
                item.getString("value"),
                item.getInt("inputType"),
                item.getInt("valid")));
      }
      return new UploadBatch(
          object.getString("uploadId"),
          object.getString("creditCode"),
          object.getString("source"),
          items);
    }
  }
}
