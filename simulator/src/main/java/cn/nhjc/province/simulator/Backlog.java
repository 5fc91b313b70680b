package cn.nhjc.province.simulator;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's uploads that have not been accepted yet, oldest first. The readings are kept in clear
 * and encrypted at sending time, so a re-sent (补传) upload carries the time it was really sent as
 * its uploadDate. Not thread-safe: one unit is simulated by one thread at a time.
 */
public final class Backlog {

  private static final String HEADER = "upload,dataCode,statType,statDate,value,inputType,scope";

  private final Deque<List<Reading>> uploads = new ArrayDeque<>();
  private int points;

  /** Queues readings as one or more uploads within the platform's item limit. */
  public void add(List<Reading> readings) {
    for (List<Reading> chunk : UploadEncoder.split(readings, UploadEncoder.MAX_ITEMS)) {
      uploads.addLast(chunk);
      points += chunk.size();
    }
  }

  /** The oldest upload, or null when there is none. */
  public List<Reading> oldest() {
    return uploads.peekFirst();
  }

  public void removeOldest() {
    List<Reading> removed = uploads.pollFirst();
    if (removed != null) {
      points -= removed.size();
    }
  }

  public int uploads() {
    return uploads.size();
  }

  public int points() {
    return points;
  }

  public boolean isEmpty() {
    return uploads.isEmpty();
  }

  /** The uploads, oldest first (a copy). */
  public List<List<Reading>> contents() {
    return new ArrayList<>(uploads);
  }

  /** Writes the backlog to {@code file}, or removes the file when the backlog is empty. */
  public void save(Path file) throws IOException {
    if (uploads.isEmpty()) {
      Files.deleteIfExists(file);
      return;
    }
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    int number = 0;
    for (List<Reading> upload : uploads) {
      for (Reading r : upload) {
        text.append(number).append(',').append(r.dataCode()).append(',').append(r.statType());
        text.append(',').append(BeijingTime.format(r.statDate()));
        text.append(',').append(r.value().toPlainString());
        text.append(',').append(r.inputType()).append(',').append(r.scope()).append('\n');
      }
      number++;
    }
    StateFiles.writeAtomically(file, text.toString());
  }

  /** Reads a backlog written by {@link #save}; an absent file is an empty backlog. */
  public static Backlog load(Path file) throws IOException {
    Backlog backlog = new Backlog();
    if (!Files.exists(file)) {
      return backlog;
    }
    Map<String, List<Reading>> byUpload = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.equals(HEADER)) {
        continue;
      }
      String[] c = line.split(",", -1);
      Reading reading =
          new Reading(
              c[1],
              Integer.parseInt(c[2]),
              BeijingTime.parse(c[3]),
              new BigDecimal(c[4]),
              c[5],
              c[6]);
      byUpload.computeIfAbsent(c[0], k -> new ArrayList<>()).add(reading);
    }
    byUpload.values().forEach(backlog::add);
    return backlog;
  }
}
