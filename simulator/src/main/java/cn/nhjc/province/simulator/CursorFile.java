package cn.nhjc.province.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each unit's simulated cursor in {@code cursors.csv}: the simulated time up to which its data has
 * been generated and queued. A restarted simulator resumes every unit from there.
 */
public final class CursorFile {

  private static final String HEADER = "creditCode,cursor";

  private CursorFile() {}

  public static Map<String, LocalDateTime> load(Path stateDir) throws IOException {
    Map<String, LocalDateTime> cursors = new TreeMap<>();
    Path file = stateDir.resolve("cursors.csv");
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] cells = line.split(",", -1);
        if (!line.isBlank() && !line.equals(HEADER) && cells.length == 2) {
          cursors.put(cells[0], BeijingTime.parse(cells[1]));
        }
      }
    }
    return cursors;
  }

  public static void save(Path stateDir, Map<String, LocalDateTime> cursors) throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    new TreeMap<>(cursors)
        .forEach(
            (unit, at) ->
                text.append(unit).append(',').append(BeijingTime.format(at)).append('\n'));
    StateFiles.writeAtomically(stateDir.resolve("cursors.csv"), text.toString());
  }
}
