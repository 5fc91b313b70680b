package cn.nhjc.province.registry.application;

import cn.nhjc.province.registry.domain.Rejection;
import java.util.List;
import java.util.Map;

/**
 * An imported list as read: its data lines (blank lines skipped) and the lines that could not be
 * split into the header's columns. The readers read at most {@value #MAX_ROWS} rows below the
 * header (a longer file is refused as a whole) and refuse a line with a cell longer than {@value
 * #MAX_CELL_LENGTH} characters ({@link #overlong}).
 */
public record ImportTable(List<Line> lines, List<Rejection> malformed) {

  /** The most rows a list may have below its header, blank rows included. */
  public static final int MAX_ROWS = 20_000;

  /** The most fields a CSV line may have; the lists need five at most. */
  public static final int MAX_FIELDS = 256;

  /** The longest cell text a line may have; the longest a list needs is a name of 128. */
  public static final int MAX_CELL_LENGTH = 1_000;

  /**
   * One data line.
   *
   * @param number 1-based line (CSV) or row (XLSX) in the file; the header is line 1
   * @param values trimmed text by column name
   */
  public record Line(int number, Map<String, String> values) {
    /** The trimmed text of a column, empty if the cell is blank. */
    public String get(String column) {
      return values.getOrDefault(column, "");
    }
  }

  /**
   * The refusal of a line whose text in a column is longer than {@value #MAX_CELL_LENGTH}
   * characters, or {@code null} when every one is within it.
   */
  public static Rejection overlong(int line, Map<String, String> values) {
    for (Map.Entry<String, String> value : values.entrySet()) {
      if (value.getValue().length() > MAX_CELL_LENGTH) {
        return new Rejection(
            line,
            "列 "
                + value.getKey()
                + " 的内容有 "
                + value.getValue().length()
                + " 个字符，超过 "
                + MAX_CELL_LENGTH
                + " 个");
      }
    }
    return null;
  }
}
