package cn.nhjc.province.registry.application;

import cn.nhjc.province.registry.domain.Rejection;
import java.util.List;
import java.util.Map;

/**
 * An imported list as read: its data lines (blank lines skipped) and the lines that could not be
 * split into the header's columns.
 */
public record ImportTable(List<Line> lines, List<Rejection> malformed) {

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
}
