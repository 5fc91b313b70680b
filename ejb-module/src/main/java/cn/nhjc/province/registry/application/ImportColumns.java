package cn.nhjc.province.registry.application;

import cn.nhjc.province.platform.input.Quote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns an imported list must have, by their names and their Chinese aliases. A header must
 * name each column exactly once, in any order; a header cell left blank is ignored.
 *
 * @param names the columns' names, in template order
 * @param aliases another accepted header text → the column's name
 */
public record ImportColumns(List<String> names, Map<String, String> aliases) {

  /** The key-unit list (名单). */
  public static final ImportColumns UNIT_LIST =
      new ImportColumns(
          List.of("creditCode", "name", "regionCode", "industryCode", "level"),
          Map.of(
              "统一社会信用代码", "creditCode",
              "单位名称", "name",
              "行政区划代码", "regionCode",
              "行业代码", "industryCode",
              "级别", "level"));

  /** Devices taken over from a previous platform. */
  public static final ImportColumns DEVICE_LIST =
      new ImportColumns(
          List.of("creditCode", "deviceId", "secretKey"), Map.of("统一社会信用代码", "creditCode"));

  /**
   * Where each column sits in a header row.
   *
   * @throws UnreadableFileException if a column is missing or repeated, or a cell names none
   */
  public Map<String, Integer> positionsIn(List<String> header) {
    Map<String, String> byHeaderText = new HashMap<>();
    names.forEach(name -> byHeaderText.put(name.toLowerCase(Locale.ROOT), name));
    aliases.forEach((alias, name) -> byHeaderText.put(alias, name));
    Map<String, Integer> positions = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String text = header.get(i).strip();
      if (text.isEmpty()) {
        continue;
      }
      String name = byHeaderText.get(text.toLowerCase(Locale.ROOT));
      if (name == null) {
        throw new UnreadableFileException(
            "标题行含未知列“" + Quote.of(text) + "”，应为 " + String.join(",", names) + "（或对应的中文列名）");
      }
      if (positions.putIfAbsent(name, i) != null) {
        throw new UnreadableFileException("标题行中列 " + name + " 出现了两次");
      }
    }
    List<String> missing = new ArrayList<>(names);
    missing.removeAll(positions.keySet());
    if (!missing.isEmpty()) {
      throw new UnreadableFileException(
          "标题行缺少列 " + String.join(",", missing) + "；第一行应为 " + String.join(",", names));
    }
    return positions;
  }

  /** The Chinese alias of a column, or its name if it has none. */
  public String chineseName(String name) {
    return aliases.entrySet().stream()
        .filter(alias -> alias.getValue().equals(name))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(name);
  }
}
