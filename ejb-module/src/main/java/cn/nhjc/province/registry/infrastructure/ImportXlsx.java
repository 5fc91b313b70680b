package cn.nhjc.province.registry.infrastructure;

import cn.nhjc.province.registry.application.ImportColumns;
import cn.nhjc.province.registry.application.ImportTable;
import cn.nhjc.province.registry.application.UnreadableFileException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an imported list from the first sheet of an XLSX workbook (row 1 the header) and writes the
 * empty template. Cells are read as Excel shows them, so a code typed as a number still reads as
 * its digits.
 */
public final class ImportXlsx {
  private ImportXlsx() {}

  /**
   * @throws UnreadableFileException if the content is not an XLSX workbook or its header lacks a
   *     column
   */
  public static ImportTable read(byte[] content, ImportColumns columns) {
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      if (workbook.getNumberOfSheets() == 0) {
        throw new UnreadableFileException("工作簿中没有工作表");
      }
      return read(workbook, columns);
    } catch (UnreadableFileException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // POI reports a zip that is no workbook, a zip bomb and a broken part each its own way
      throw new UnreadableFileException("不是有效的 XLSX 文件（Excel 2007 及以上的 .xlsx）", e);
    }
  }

  private static ImportTable read(Workbook workbook, ImportColumns columns) {
    Sheet sheet = workbook.getSheetAt(0);
    DataFormatter formatter = new DataFormatter();
    FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    Row headerRow = sheet.getRow(0);
    if (headerRow == null) {
      throw new UnreadableFileException("第一个工作表的第 1 行应为标题行 " + String.join(",", columns.names()));
    }
    Map<String, Integer> positions = columns.positionsIn(texts(headerRow, formatter, evaluator));
    List<ImportTable.Line> lines = new ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null || texts(row, formatter, evaluator).stream().allMatch(String::isBlank)) {
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      positions.forEach(
          (name, position) ->
              values.put(
                  name, formatter.formatCellValue(row.getCell(position), evaluator).strip()));
      lines.add(new ImportTable.Line(r + 1, values));
    }
    return new ImportTable(lines, List.of());
  }

  private static List<String> texts(Row row, DataFormatter formatter, FormulaEvaluator evaluator) {
    List<String> texts = new ArrayList<>();
    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
      texts.add(formatter.formatCellValue(row.getCell(c), evaluator));
    }
    return texts;
  }

  /**
   * An empty list to fill in: the header row on the first sheet, every column formatted as text (so
   * that Excel keeps codes as typed), and a second sheet naming the Chinese headers.
   */
  public static byte[] template(ImportColumns columns) {
    try (Workbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle text = workbook.createCellStyle();
      text.setDataFormat(workbook.createDataFormat().getFormat("@"));
      CellStyle header = workbook.createCellStyle();
      header.setDataFormat(text.getDataFormat());
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);

      Sheet list = workbook.createSheet("名单");
      Row headerRow = list.createRow(0);
      for (int c = 0; c < columns.names().size(); c++) {
        headerRow.createCell(c).setCellValue(columns.names().get(c));
        headerRow.getCell(c).setCellStyle(header);
        list.setDefaultColumnStyle(c, text);
        list.setColumnWidth(c, 24 * 256);
      }
      list.createFreezePane(0, 1);

      Sheet notes = workbook.createSheet("说明");
      notes.createRow(0).createCell(0).setCellValue("列名");
      notes.getRow(0).createCell(1).setCellValue("也可用作标题的中文列名");
      for (int c = 0; c < columns.names().size(); c++) {
        Row row = notes.createRow(c + 1);
        row.createCell(0).setCellValue(columns.names().get(c));
        row.createCell(1).setCellValue(columns.chineseName(columns.names().get(c)));
      }
      notes.setColumnWidth(0, 18 * 256);
      notes.setColumnWidth(1, 28 * 256);

      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
