package cn.nhjc.province.registry.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.registry.application.ImportColumns;
import cn.nhjc.province.registry.application.ImportTable;
import cn.nhjc.province.registry.application.UnreadableFileException;
import cn.nhjc.province.registry.domain.Rejection;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportCsvTest {

  private static ImportTable read(String text) {
    return ImportCsv.read(text.getBytes(StandardCharsets.UTF_8), ImportColumns.UNIT_LIST);
  }

  @Test
  void reads_the_columns_in_any_order_after_a_bom() {
    ImportTable table =
        read(
            "\uFEFFlevel,name,creditCode,industryCode,regionCode\r\n"
                + "city,某钢铁公司,91130102123456789X,C2511,130102\r\n");
    assertEquals(1, table.lines().size());
    ImportTable.Line line = table.lines().get(0);
    assertEquals(2, line.number());
    assertEquals(
        Map.of(
            "creditCode", "91130102123456789X",
            "name", "某钢铁公司",
            "regionCode", "130102",
            "industryCode", "C2511",
            "level", "city"),
        line.values());
  }

  @Test
  void keeps_commas_and_quotes_inside_quoted_fields_and_trims_the_rest() {
    ImportTable table =
        read(
            "creditCode,name,regionCode,industryCode,level\n"
                + " X1 ,\"某公司（\"\"一厂\"\"，二厂）\",130102,C2511,\n");
    assertEquals("某公司（\"一厂\"，二厂）", table.lines().get(0).get("name"));
    assertEquals("X1", table.lines().get(0).get("creditCode"));
    assertEquals("", table.lines().get(0).get("level"));
  }

  @Test
  void reports_the_line_of_the_file_even_after_blank_lines_and_quoted_newlines() {
    ImportTable table =
        read(
            "creditCode,name,regionCode,industryCode,level\n"
                + "\n"
                + "A,\"two\nlines\",130102,C2511,\n"
                + "B,plain,130102,C2511,\n");
    assertEquals(List.of(3, 5), table.lines().stream().map(ImportTable.Line::number).toList());
  }

  @Test
  void accepts_the_chinese_column_names() {
    ImportTable table = read("统一社会信用代码,单位名称,行政区划代码,行业代码,级别\nA,某厂,130102,C2511,省级\n");
    assertEquals("某厂", table.lines().get(0).get("name"));
    assertEquals("省级", table.lines().get(0).get("level"));
  }

  @Test
  void refuses_a_file_whose_header_lacks_a_column() {
    UnreadableFileException e =
        assertThrows(
            UnreadableFileException.class,
            () -> read("creditCode,name,regionCode,level\nA,某厂,130102,\n"));
    assertTrue(e.getMessage().contains("industryCode"), e.getMessage());
  }

  @Test
  void refuses_a_header_with_an_unknown_or_repeated_column() {
    assertThrows(
        UnreadableFileException.class,
        () -> read("creditCode,name,regionCode,industryCode,level,remark\n"));
    assertThrows(
        UnreadableFileException.class,
        () -> read("creditCode,name,regionCode,industryCode,level,统一社会信用代码\n"));
  }

  @Test
  void refuses_an_empty_file() {
    assertThrows(UnreadableFileException.class, () -> read("\uFEFF\r\n"));
  }

  @Test
  void refuses_a_file_that_is_not_utf8() {
    byte[] gbk = "统一社会信用代码,单位名称,行政区划代码,行业代码,级别\n".getBytes(Charset.forName("GBK"));
    assertThrows(UnreadableFileException.class, () -> ImportCsv.read(gbk, ImportColumns.UNIT_LIST));
  }

  @Test
  void a_line_with_too_few_fields_is_refused_and_the_others_are_read() {
    ImportTable table =
        read("creditCode,name,regionCode,industryCode,level\nA,某厂,130102\nB,某厂,130102,C2511,\n");
    assertEquals(List.of(new Rejection(2, "该行有 3 个字段，标题行有 5 个")), table.malformed());
    assertEquals("B", table.lines().get(0).get("creditCode"));
  }

  @Test
  void empty_trailing_fields_beyond_the_header_are_tolerated() {
    ImportTable table =
        read("creditCode,name,regionCode,industryCode,level\nA,某厂,130102,C2511,,,\n");
    assertEquals(List.of(), table.malformed());
    assertEquals(1, table.lines().size());
  }

  @Test
  void reads_the_device_list() {
    ImportTable table =
        ImportCsv.read(
            "creditCode,deviceId,secretKey\nA,00112233445566778899aabbccddeeff,K\n"
                .getBytes(StandardCharsets.UTF_8),
            ImportColumns.DEVICE_LIST);
    assertEquals("00112233445566778899aabbccddeeff", table.lines().get(0).get("deviceId"));
  }

  @Test
  void refuses_a_file_of_more_rows_than_a_list_may_have() {
    String header = "creditCode,name,regionCode,industryCode,level\n";
    String row = "A,某厂,130102,C2511,\n";
    assertEquals(
        ImportTable.MAX_ROWS, read(header + row.repeat(ImportTable.MAX_ROWS)).lines().size());
    UnreadableFileException e =
        assertThrows(
            UnreadableFileException.class,
            () -> read(header + row.repeat(ImportTable.MAX_ROWS + 1)));
    assertEquals("文件超过 20000 行（标题行之外），请分批导入", e.getMessage());
    assertThrows(UnreadableFileException.class, () -> read(header + "\n".repeat(1_000_000)));
  }

  @Test
  void refuses_a_line_of_more_fields_than_a_list_may_have() {
    String wide = "A,某厂,130102,C2511," + ",".repeat(ImportTable.MAX_FIELDS) + "\n";
    UnreadableFileException e =
        assertThrows(
            UnreadableFileException.class,
            () -> read("creditCode,name,regionCode,industryCode,level\n" + wide));
    assertEquals("第 2 行超过 256 个字段", e.getMessage());
  }

  @Test
  void refuses_a_line_with_an_overlong_cell_and_reads_the_others() {
    ImportTable table =
        read(
            "creditCode,name,regionCode,industryCode,level\n"
                + "A,"
                + "厂".repeat(ImportTable.MAX_CELL_LENGTH + 1)
                + ",130102,C2511,\n"
                + "B,某厂,130102,C2511,\n");
    assertEquals(List.of(new Rejection(2, "列 name 的内容有 1001 个字符，超过 1000 个")), table.malformed());
    assertEquals(List.of("B"), table.lines().stream().map(l -> l.get("creditCode")).toList());
  }

  @Test
  void quotes_at_most_64_characters_of_an_unknown_header() {
    UnreadableFileException e =
        assertThrows(
            UnreadableFileException.class,
            () -> read("creditCode," + "x".repeat(10_000) + "\nA,B\n"));
    assertTrue(e.getMessage().startsWith("标题行含未知列“" + "x".repeat(64) + "…（共 10000 个字符）”"));
  }
}
