package cn.nhjc.province.conservation.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** One sheet: a header row and the rows below it, numbers as numbers. */
final class SimpleXlsx {

  private SimpleXlsx() {}

  static byte[] write(String sheetName, List<String> header, List<List<Object>> rows) {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(sheetName);
      Row head = sheet.createRow(0);
      for (int i = 0; i < header.size(); i++) {
        head.createCell(i).setCellValue(header.get(i));
      }
      int r = 1;
      for (List<Object> values : rows) {
        Row row = sheet.createRow(r++);
        for (int i = 0; i < values.size(); i++) {
          Object value = values.get(i);
          if (value instanceof BigDecimal decimal) {
            row.createCell(i).setCellValue(decimal.doubleValue());
          } else if (value instanceof Number number) {
            row.createCell(i).setCellValue(number.doubleValue());
          } else if (value != null) {
            row.createCell(i).setCellValue(value.toString());
          }
        }
      }
      workbook.write(out);
      workbook.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
