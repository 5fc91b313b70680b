package cn.nhjc.province.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The table of {@code src/test/resources/security/access-matrix.txt}, read and checked for form:
 * its callers (the header's columns after method, path, request and body), and one row per
 * operation or page with the answer each caller gets. The file's first lines explain it. What is
 * wrong with the table itself (a cell that is no cell, a row of the wrong width, a request that is
 * not its path) is listed in {@link #errors()}, line by line, instead of thrown.
 */
final class AccessMatrix {
  static final String ANONYMOUS = "anonymous";
  private static final List<String> FIXED = List.of("method", "path", "request", "body");
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH");

  private final List<Caller> callers = new ArrayList<>();
  private final List<Row> rows = new ArrayList<>();
  private final Set<String> keys = new LinkedHashSet<>();
  private final List<String> errors = new ArrayList<>();

  /** A column of callers; an optional one is skipped when its account has no token. */
  record Caller(String name, boolean optional) {
    boolean anonymous() {
      return ANONYMOUS.equals(name);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** What a cell expects. */
  enum Kind {
    ALLOW,
    DENY,
    SCOPE,
    STATUS
  }

  /**
   * One cell: allow, allow:NNN, deny, scope:NNN or NNN.
   *
   * @param status the exact status expected; {@code null} for allow and deny
   */
  record Cell(Kind kind, Integer status) {
    static Cell parse(String text) {
      if ("allow".equals(text)) {
        return new Cell(Kind.ALLOW, null);
      }
      if ("deny".equals(text)) {
        return new Cell(Kind.DENY, null);
      }
      if (text.matches("allow:\\d{3}")) {
        return new Cell(Kind.ALLOW, Integer.valueOf(text.substring(6)));
      }
      if (text.matches("scope:\\d{3}")) {
        return new Cell(Kind.SCOPE, Integer.valueOf(text.substring(6)));
      }
      if (text.matches("\\d{3}")) {
        return new Cell(Kind.STATUS, Integer.valueOf(text));
      }
      return null;
    }

    @Override
    public String toString() {
      return switch (kind) {
        case ALLOW -> status == null ? "allow" : "allow:" + status;
        case DENY -> "deny";
        case SCOPE -> "scope:" + status;
        case STATUS -> String.valueOf(status);
      };
    }
  }

  /**
   * One operation or page.
   *
   * @param line the row's line in the file, for the messages
   * @param request the path and query to call, placeholders not yet filled in
   * @param contentType the body's media type; {@code null} for no body
   * @param body the body's text (empty for none)
   * @param cells by caller name
   */
  record Row(
      int line,
      String method,
      String path,
      String request,
      String contentType,
      String body,
      Map<String, Cell> cells) {
    String key() {
      return key(method, path);
    }

    static String key(String method, String path) {
      return method + " " + path;
    }

    boolean page() {
      return !path.startsWith("/api/");
    }
  }

  private AccessMatrix() {}

  static AccessMatrix parse(List<String> lines) {
    AccessMatrix matrix = new AccessMatrix();
    for (int index = 0; index < lines.size(); index++) {
      String text = lines.get(index).strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      String[] columns = text.split("\\s+");
      if (matrix.callers.isEmpty()) {
        matrix.header(index + 1, columns);
      } else {
        Row row = matrix.row(index + 1, columns);
        if (row != null && !matrix.keys.add(row.key())) {
          matrix.errors.add("line " + row.line() + ": a second row for " + row.key());
        }
      }
    }
    if (matrix.callers.isEmpty()) {
      matrix.errors.add("the table has no header line (method path request body callers…)");
    }
    return matrix;
  }

  List<Caller> callers() {
    return callers;
  }

  /** The well-formed rows, which the test calls. */
  List<Row> rows() {
    return rows;
  }

  /** Method and path of every row, also of one that is not well formed. */
  Set<String> keys() {
    return keys;
  }

  List<String> errors() {
    return errors;
  }

  private void header(int line, String[] columns) {
    for (int i = 0; i < FIXED.size(); i++) {
      if (columns.length <= i || !FIXED.get(i).equals(columns[i])) {
        errors.add("line " + line + ": the header starts with " + String.join(" ", FIXED));
        return;
      }
    }
    Set<String> names = new LinkedHashSet<>();
    for (int i = FIXED.size(); i < columns.length; i++) {
      boolean optional = columns[i].endsWith("?");
      String name = optional ? columns[i].substring(0, columns[i].length() - 1) : columns[i];
      if (!names.add(name)) {
        errors.add("line " + line + ": caller " + name + " twice");
      }
      callers.add(new Caller(name, optional));
    }
    if (callers.isEmpty()) {
      errors.add("line " + line + ": the header names no caller");
    }
  }

  private Row row(int line, String[] columns) {
    int width = FIXED.size() + callers.size();
    if (columns.length != width) {
      errors.add("line " + line + ": " + columns.length + " columns, the header has " + width);
      return null;
    }
    String method = columns[0];
    String path = columns[1];
    String request = "-".equals(columns[2]) ? path : columns[2];
    boolean wellFormed = true;
    if (!METHODS.contains(method)) {
      errors.add("line " + line + ": method " + method + " is none of " + METHODS);
      wellFormed = false;
    }
    if (!path.startsWith("/") || !request.startsWith("/")) {
      errors.add("line " + line + ": path and request begin with /");
      wellFormed = false;
    } else if (!requestFitsPath(request, path)) {
      errors.add("line " + line + ": request " + request + " is not a call of " + path);
      wellFormed = false;
    }
    String contentType = null;
    String body = "";
    if (!"-".equals(columns[3])) {
      int colon = columns[3].indexOf(':');
      contentType = colon < 0 ? columns[3] : columns[3].substring(0, colon);
      body = colon < 0 ? "" : columns[3].substring(colon + 1);
    }
    Map<String, Cell> cells = new LinkedHashMap<>();
    for (int i = 0; i < callers.size(); i++) {
      Caller caller = callers.get(i);
      Cell cell = Cell.parse(columns[FIXED.size() + i]);
      if (cell == null) {
        errors.add(
            "line "
                + line
                + ": "
                + caller
                + "'s cell "
                + columns[FIXED.size() + i]
                + " is none of allow, allow:NNN, deny, scope:NNN, NNN");
        wellFormed = false;
      } else if (cell.kind() == Kind.SCOPE && caller.anonymous()) {
        errors.add("line " + line + ": a caller without a token has no scope");
        wellFormed = false;
      } else {
        cells.put(caller.name(), cell);
      }
    }
    Row row = new Row(line, method, path, request, contentType, body, cells);
    if (wellFormed) {
      rows.add(row);
    }
    return row;
  }

  /**
   * Whether the request's path (before its query) has the template's segments: the same literal
   * ones, anything (a value or a placeholder) where the template has a parameter.
   */
  static boolean requestFitsPath(String request, String template) {
    int query = request.indexOf('?');
    String[] asked = (query < 0 ? request : request.substring(0, query)).split("/", -1);
    String[] segments = template.split("/", -1);
    if (asked.length != segments.length) {
      return false;
    }
    for (int i = 0; i < segments.length; i++) {
      boolean parameter = segments[i].startsWith("{") && segments[i].endsWith("}");
      if (parameter ? asked[i].isEmpty() : !asked[i].equals(segments[i])) {
        return false;
      }
    }
    return true;
  }
}
