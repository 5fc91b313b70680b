package cn.nhjc.province.registry.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.registry.application.ImportColumns;
import cn.nhjc.province.registry.application.ImportTable;
import cn.nhjc.province.registry.application.UnreadableFileException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
}
