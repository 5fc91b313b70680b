package cn.nhjc.province.platform.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small RFC 4180 reader for the reference files shipped with the platform (UTF-8, header). */
public final class Csv {
  private Csv() {}

  /** Reads a classpath resource into rows keyed by the header names. */
  public static List<Map<String, String>> readResource(String path) {
    InputStream in = Csv.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("reference file missing from the deployment: " + path);
    }
    try (in) {
      return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<Map<String, String>> read(String text) {
    List<List<String>> records = parse(text);
    List<Map<String, String>> rows = new ArrayList<>();
    if (records.isEmpty()) {
      return rows;
    }
    List<String> header = records.get(0);
    for (int i = 1; i < records.size(); i++) {
      List<String> record = records.get(i);
      if (record.size() == 1 && record.get(0).isEmpty()) {
        continue;
      }
      if (record.size() != header.size()) {
        throw new IllegalArgumentException(
            "line " + (i + 1) + " has " + record.size() + " fields, header has " + header.size());
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        row.put(header.get(c).trim(), record.get(c));
      }
      rows.add(row);
    }
    return rows;
  }

  /** Splits CSV text into records of fields; quoted fields may hold commas, quotes and newlines. */
  public static List<List<String>> parse(String text) {
    return parseRecords(text).stream().map(Record::fields).toList();
  }

  /** A record and the 1-based line of the text it starts on (a quoted newline spans lines). */
  public record Record(int line, List<String> fields) {}

  /** Like {@link #parse}, keeping each record's line, for messages that point into the file. */
  public static List<Record> parseRecords(String text) {
    return parseRecords(text, Integer.MAX_VALUE, Integer.MAX_VALUE);
  }

  /** Text with more records, or a record with more fields, than a reader takes. */
  public static final class TooLargeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final boolean fields;

    TooLargeException(int line, boolean fields) {
      super((fields ? "too many fields on line " : "too many records at line ") + line);
      this.line = line;
      this.fields = fields;
    }

    /** The 1-based line of the record that was one too many, or had one field too many. */
    public int line() {
      return line;
    }

    /** Whether a record had too many fields (otherwise the text had too many records). */
    public boolean fields() {
      return fields;
    }
  }

  /**
   * Like {@link #parseRecords(String)}, stopping at the first record beyond {@code maxRecords} or
   * field beyond {@code maxFields} of a record, so that the work stays within those bounds.
   *
   * @throws TooLargeException at that record or field
   */
  public static List<Record> parseRecords(String text, int maxRecords, int maxFields) {
    List<Record> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int recordLine = 1;
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    for (int i = start; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          if (ch == '\n'
              || (ch == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
            line++;
          }
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        if (fields.size() + 1 >= maxFields) {
          throw new TooLargeException(recordLine, true);
        }
        fields.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (records.size() >= maxRecords) {
          throw new TooLargeException(recordLine, false);
        }
        fields.add(field.toString());
        field.setLength(0);
        records.add(new Record(recordLine, fields));
        fields = new ArrayList<>();
        line++;
        recordLine = line;
      } else {
        field.append(ch);
      }
    }
    if (field.length() > 0 || !fields.isEmpty()) {
      if (records.size() >= maxRecords) {
        throw new TooLargeException(recordLine, false);
      }
      fields.add(field.toString());
      records.add(new Record(recordLine, fields));
    }
    return records;
  }
}
