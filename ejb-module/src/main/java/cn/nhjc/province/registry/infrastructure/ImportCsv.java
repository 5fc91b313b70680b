package cn.nhjc.province.registry.infrastructure;

import cn.nhjc.province.platform.persistence.Csv;
import cn.nhjc.province.registry.application.ImportColumns;
import cn.nhjc.province.registry.application.ImportTable;
import cn.nhjc.province.registry.application.UnreadableFileException;
import cn.nhjc.province.registry.domain.Rejection;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an imported list from CSV: UTF-8 (a BOM allowed), a header line, RFC 4180 quoting. At most
 * {@value ImportTable#MAX_ROWS} records below the header and {@value ImportTable#MAX_FIELDS} fields
 * a record are read; a file beyond either is refused as a whole.
 */
public final class ImportCsv {
  private ImportCsv() {}

  /**
   * @throws UnreadableFileException if the file is not UTF-8, is too long or too wide, or its
   *     header lacks a column
   */
  public static ImportTable read(byte[] content, ImportColumns columns) {
    List<Csv.Record> records =
        parse(decode(content)).stream().filter(r -> !isBlank(r.fields())).toList();
    if (records.isEmpty()) {
      throw new UnreadableFileException("文件为空：第一行应为标题行 " + String.join(",", columns.names()));
    }
    List<String> header = records.get(0).fields();
    Map<String, Integer> positions = columns.positionsIn(header);
    List<ImportTable.Line> lines = new ArrayList<>();
    List<Rejection> malformed = new ArrayList<>();
    for (Csv.Record record : records.subList(1, records.size())) {
      List<String> fields = record.fields();
      if (fields.size() < header.size() || !isBlank(fields.subList(header.size(), fields.size()))) {
        malformed.add(
            new Rejection(
                record.line(), "该行有 " + fields.size() + " 个字段，标题行有 " + header.size() + " 个"));
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      positions.forEach((name, position) -> values.put(name, fields.get(position).strip()));
      Rejection overlong = ImportTable.overlong(record.line(), values);
      if (overlong != null) {
        malformed.add(overlong);
        continue;
      }
      lines.add(new ImportTable.Line(record.line(), values));
    }
    return new ImportTable(lines, malformed);
  }

  private static List<Csv.Record> parse(String text) {
    try {
      // the header and the rows below it
      return Csv.parseRecords(text, ImportTable.MAX_ROWS + 1, ImportTable.MAX_FIELDS);
    } catch (Csv.TooLargeException e) {
      throw new UnreadableFileException(
          e.fields()
              ? "第 " + e.line() + " 行超过 " + ImportTable.MAX_FIELDS + " 个字段"
              : "文件超过 " + ImportTable.MAX_ROWS + " 行（标题行之外），请分批导入",
          e);
    }
  }

  /** Strict: a GBK file read as UTF-8 would import garbled names without a word. */
  private static String decode(byte[] content) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableFileException(
          "文件不是 UTF-8 编码；在 Excel 中请另存为“CSV UTF-8（逗号分隔）”，或直接上传 XLSX", e);
    }
  }

  private static boolean isBlank(List<String> fields) {
    return fields.stream().allMatch(String::isBlank);
  }
}
