package cn.nhjc.province.simulator;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** A unit's collect-item configuration and the {@code regVersion} it belongs to. */
public record UnitConfig(String regVersion, List<CollectItem> items) {

  /** Reads a {@code downloadConfigData} answer. */
  public static UnitConfig fromAnswer(JsonObject answer) {
    List<CollectItem> items = new ArrayList<>();
    for (JsonValue item : answer.getJsonArray("collectItemConfig")) {
      items.add(CollectItem.fromJson(item.asJsonObject()));
    }
    return new UnitConfig(answer.getString("regVersion", ""), List.copyOf(items));
  }
}
