package cn.nhjc.province.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** An enterprise on the key-unit list: its credit code and the region it registers with. */
public record UnitRef(String creditCode, String regionCode) {

  /**
   * Reads a units file: header {@code creditCode,regionCode}, then one unit a line.
   *
   * @param limit the number of units to keep; 0 or less keeps all
   */
  public static List<UnitRef> readCsv(Path file, int limit) throws IOException {
    List<UnitRef> units = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split(",", -1);
      if (cells.length < 2) {
        throw new IOException(file + ": expected creditCode,regionCode but got " + line);
      }
      units.add(new UnitRef(cells[0].trim(), cells[1].trim()));
      if (limit > 0 && units.size() == limit) {
        break;
      }
    }
    return units;
  }
}
