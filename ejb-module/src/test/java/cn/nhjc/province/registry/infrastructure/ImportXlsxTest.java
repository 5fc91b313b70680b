package cn.nhjc.province.registry.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.registry.application.ImportColumns;
import cn.nhjc.province.registry.application.ImportTable;
import cn.nhjc.province.registry.application.UnreadableFileException;
import cn.nhjc.province.registry.domain.Rejection;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ImportXlsxTest {

  /** A workbook whose first sheet holds the rows given; a null row is left out. */
  private static byte[] workbook(Object[]... rows) throws IOException {
    try (Workbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("名单");
      for (int r = 0; r < rows.length; r++) {
        if (rows[r] == null) {
          continue;
        }
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          Object value = rows[r][c];
          if (value instanceof Number number) {
            row.createCell(c).setCellValue(number.doubleValue());
          } else if (value != null) {
            row.createCell(c).setCellValue((String) value);
          }
        }
      }
      workbook.createSheet("其他").createRow(0).createCell(0).setCellValue("ignored");
      workbook.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void reads_the_first_sheet_with_chinese_headers() throws IOException {
    byte[] content =
        workbook(
            new Object[] {"单位名称", "统一社会信用代码", "行政区划代码", "行业代码", "级别"},
            new Object[] {" 某钢铁公司 ", "91130102123456789X", "130102", "C2511", "国家级"});
    ImportTable table = ImportXlsx.read(content, ImportColumns.UNIT_LIST);
    assertEquals(1, table.lines().size());
    ImportTable.Line line = table.lines().get(0);
    assertEquals(2, line.number());
    assertEquals("某钢铁公司", line.get("name"));
    assertEquals("91130102123456789X", line.get("creditCode"));
    assertEquals("国家级", line.get("level"));
  }

  @Test
  void reads_a_code_typed_as_a_number_as_its_digits() throws IOException {
    byte[] content =
        workbook(
            new Object[] {"creditCode", "name", "regionCode", "industryCode", "level"},
            new Object[] {"X", "某厂", 130102, 2511, null});
    ImportTable.Line line = ImportXlsx.read(content, ImportColumns.UNIT_LIST).lines().get(0);
    assertEquals("130102", line.get("regionCode"));
    assertEquals("2511", line.get("industryCode"));
    assertEquals("", line.get("level"));
  }

  @Test
  void numbers_lines_as_excel_rows_and_skips_empty_rows() throws IOException {
    byte[] content =
        workbook(
            new Object[] {"creditCode", "name", "regionCode", "industryCode", "level"},
            new Object[] {"A", "一厂", "130102", "C2511", ""},
            null,
            new Object[] {"", "", "", "", ""},
            new Object[] {"B", "二厂", "130102", "C2511", ""});
    List<Integer> numbers =
        ImportXlsx.read(content, ImportColumns.UNIT_LIST).lines().stream()
            .map(ImportTable.Line::number)
            .toList();
    assertEquals(List.of(2, 5), numbers);
  }

  @Test
  void refuses_a_sheet_whose_first_row_is_not_the_header() throws IOException {
    byte[] content = workbook(new Object[] {"某钢铁公司", "91130102123456789X"});
    assertThrows(
        UnreadableFileException.class, () -> ImportXlsx.read(content, ImportColumns.UNIT_LIST));
    byte[] headerless = workbook(null, new Object[] {"creditCode"});
    assertThrows(
        UnreadableFileException.class, () -> ImportXlsx.read(headerless, ImportColumns.UNIT_LIST));
  }

  @Test
  void refuses_bytes_that_are_no_workbook() {
    byte[] csv = "creditCode,name\n".getBytes(StandardCharsets.UTF_8);
    UnreadableFileException e =
        assertThrows(
            UnreadableFileException.class, () -> ImportXlsx.read(csv, ImportColumns.UNIT_LIST));
    assertTrue(e.getMessage().contains("XLSX"));
  }

  @Test
  void the_template_reads_back_as_an_empty_list_with_text_columns() throws IOException {
    byte[] template = ImportXlsx.template(ImportColumns.UNIT_LIST);
    ImportTable table = ImportXlsx.read(template, ImportColumns.UNIT_LIST);
    assertEquals(List.of(), table.lines());
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      assertEquals("@", workbook.getSheetAt(0).getColumnStyle(0).getDataFormatString());
      assertEquals("统一社会信用代码", workbook.getSheet("说明").getRow(1).getCell(1).getStringCellValue());
    }
  }

  /** The workbook's parts and one more, {@code name}, of {@code bytes} zero bytes. */
  private static byte[] withZeros(byte[] workbook, String name, int bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        zip.putNextEntry(new ZipEntry(entry.getName()));
        in.transferTo(zip);
      }
      zip.setLevel(Deflater.BEST_COMPRESSION);
      zip.putNextEntry(new ZipEntry(name));
      byte[] zeros = new byte[1024 * 1024];
      for (int written = 0; written < bytes; written += zeros.length) {
        zip.write(zeros, 0, Math.min(zeros.length, bytes - written));
      }
    }
    return out.toByteArray();
  }

  @Test
  void refuses_a_workbook_that_unzips_beyond_the_bound_after_that_many_bytes() throws IOException {
    byte[] list =
        workbook(new Object[] {"creditCode", "name", "regionCode", "industryCode", "level"});
    byte[] bomb = withZeros(list, "xl/media/image1.png", 64 * 1024 * 1024);
    assertTrue(bomb.length < 200 * 1024, bomb.length + " bytes");
    UnreadableFileException e =
        assertThrows(
            UnreadableFileException.class, () -> ImportXlsx.read(bomb, ImportColumns.UNIT_LIST));
    assertEquals("XLSX 文件解压后超过 16 MB，请分批导入", e.getMessage());
  }

  @Test
  void refuses_a_part_that_inflates_a_thousandfold_within_the_bound() throws IOException {
    byte[] list =
        workbook(new Object[] {"creditCode", "name", "regionCode", "industryCode", "level"});
    byte[] bomb = withZeros(list, "xl/media/image1.png", 8 * 1024 * 1024);
    UnreadableFileException e =
        assertThrows(
            UnreadableFileException.class, () -> ImportXlsx.read(bomb, ImportColumns.UNIT_LIST));
    assertTrue(e.getMessage().contains("XLSX"), e.getMessage());
    assertTrue(String.valueOf(e.getCause()).contains("Zip bomb"), String.valueOf(e.getCause()));
  }

  @Test
  void refuses_a_sheet_of_more_rows_than_a_list_may_have() throws IOException {
    Object[][] rows = new Object[ImportTable.MAX_ROWS + 2][];
    rows[0] = new Object[] {"creditCode", "name", "regionCode", "industryCode", "level"};
    rows[ImportTable.MAX_ROWS] = new Object[] {"A", "一厂", "130102", "C2511", ""};
    assertEquals(1, ImportXlsx.read(workbook(rows), ImportColumns.UNIT_LIST).lines().size());
    rows[ImportTable.MAX_ROWS + 1] = new Object[] {"B", "二厂", "130102", "C2511", ""};
    byte[] longer = workbook(rows);
    UnreadableFileException e =
        assertThrows(
            UnreadableFileException.class, () -> ImportXlsx.read(longer, ImportColumns.UNIT_LIST));
    assertEquals("工作表超过 20000 行（标题行之外），请分批导入", e.getMessage());
  }

  @Test
  void refuses_a_row_with_an_overlong_cell_and_reads_the_others() throws IOException {
    byte[] content =
        workbook(
            new Object[] {"creditCode", "name", "regionCode", "industryCode", "level"},
            new Object[] {
              "A", "一厂", "130102", "C2511", "x".repeat(ImportTable.MAX_CELL_LENGTH + 1)
            },
            new Object[] {"B", "二厂", "130102", "C2511", ""});
    ImportTable table = ImportXlsx.read(content, ImportColumns.UNIT_LIST);
    assertEquals(List.of(new Rejection(2, "列 level 的内容有 1001 个字符，超过 1000 个")), table.malformed());
    assertEquals(List.of(3), table.lines().stream().map(ImportTable.Line::number).toList());
  }

  @Test
  void reads_a_formula_as_the_result_saved_with_it_and_never_evaluates_one() throws IOException {
    try (Workbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("名单");
      Row header = sheet.createRow(0);
      List<String> names = ImportColumns.UNIT_LIST.names();
      for (int c = 0; c < names.size(); c++) {
        header.createCell(c).setCellValue(names.get(c));
      }
      Row saved = sheet.createRow(1);
      saved.createCell(0).setCellValue("A");
      saved.createCell(2).setCellFormula("130000+102");
      Row unsaved = sheet.createRow(2);
      unsaved.createCell(0).setCellValue("B");
      unsaved.createCell(2).setCellFormula("130000+102");
      // the result saved with the first formula, as Excel saves one
      workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(saved.getCell(2));
      workbook.write(out);
      List<ImportTable.Line> lines =
          ImportXlsx.read(out.toByteArray(), ImportColumns.UNIT_LIST).lines();
      assertEquals("130102", lines.get(0).get("regionCode"));
      // no result saved with it: read as POI reads a missing result, 0, not evaluated to 130102
      assertEquals("0", lines.get(1).get("regionCode"));
    }
  }
}
