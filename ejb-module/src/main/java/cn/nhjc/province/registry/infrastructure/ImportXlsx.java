package cn.nhjc.province.registry.infrastructure;

import cn.nhjc.province.registry.application.ImportColumns;
import cn.nhjc.province.registry.application.ImportTable;
import cn.nhjc.province.registry.application.UnreadableFileException;
import cn.nhjc.province.registry.domain.Rejection;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an imported list from the first sheet of an XLSX workbook (row 1 the header) and writes the
 * empty template. Cells are read as Excel shows them, so a code typed as a number still reads as
 * its digits; a formula cell reads as the result Excel saved with it, never evaluated here.
 *
 * <p>What a workbook may make the reader do is bounded before POI builds it: at most {@value
 * #MAX_PARTS} parts (zip entries) of at most {@value #MAX_UNZIPPED_BYTES} bytes unzipped together,
 * counted while unzipping, so that a "zip bomb" is refused after that many bytes (POI itself is
 * held to the same size for a part, {@link ZipSecureFile}, and keeps its own inflation-ratio
 * check); then at most {@value ImportTable#MAX_ROWS} rows below the header.
 */
public final class ImportXlsx {
  /**
   * Unzipped bytes of all the parts of a workbook. A list of 20,000 units as Excel or POI writes it
   * takes about 7 MB; POI builds every sheet in memory, several times the size of its XML.
   */
  static final int MAX_UNZIPPED_BYTES = 16 * 1024 * 1024;

  /** Parts of a workbook; a list's has about a dozen. */
  static final int MAX_PARTS = 1_000;

  private static final String NOT_XLSX = "不是有效的 XLSX 文件（Excel 2007 及以上的 .xlsx）";

  static {
    // process-wide: this class is the platform's only reader of workbooks
    ZipSecureFile.setMaxEntrySize(MAX_UNZIPPED_BYTES);
  }

  private ImportXlsx() {}

  /**
   * @throws UnreadableFileException if the content is not an XLSX workbook, unzips to more than the
   *     bound, has too many rows, or its header lacks a column
   */
  public static ImportTable read(byte[] content, ImportColumns columns) {
    checkUnzippedSize(content);
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      if (workbook.getNumberOfSheets() == 0) {
        throw new UnreadableFileException("工作簿中没有工作表");
      }
      return read(workbook, columns);
    } catch (UnreadableFileException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // POI reports a zip that is no workbook, a zip bomb and a broken part each its own way
      throw new UnreadableFileException(NOT_XLSX, e);
    }
  }

  /**
   * Unzips the workbook once, counting, and refuses it beyond {@value #MAX_PARTS} parts or {@value
   * #MAX_UNZIPPED_BYTES} bytes, before POI keeps every part in memory and builds every sheet.
   */
  private static void checkUnzippedSize(byte[] content) {
    byte[] buffer = new byte[64 * 1024];
    long unzipped = 0;
    int parts = 0;
    // part names are ASCII in a workbook; Latin-1 reads any other byte without a fault
    try (ZipInputStream zip =
        new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.ISO_8859_1)) {
      while (zip.getNextEntry() != null) {
        if (++parts > MAX_PARTS) {
          throw new UnreadableFileException("XLSX 文件的部件超过 " + MAX_PARTS + " 个");
        }
        int read;
        while ((read = zip.read(buffer)) > 0) {
          unzipped += read;
          if (unzipped > MAX_UNZIPPED_BYTES) {
            throw new UnreadableFileException(
                "XLSX 文件解压后超过 " + MAX_UNZIPPED_BYTES / (1024 * 1024) + " MB，请分批导入");
          }
        }
      }
    } catch (UnreadableFileException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new UnreadableFileException(NOT_XLSX, e);
    }
  }

  private static ImportTable read(Workbook workbook, ImportColumns columns) {
    Sheet sheet = workbook.getSheetAt(0);
    if (sheet.getLastRowNum() > ImportTable.MAX_ROWS) {
      throw new UnreadableFileException("工作表超过 " + ImportTable.MAX_ROWS + " 行（标题行之外），请分批导入");
    }
    DataFormatter formatter = new DataFormatter();
    formatter.setUseCachedValuesForFormulaCells(true);
    Row headerRow = sheet.getRow(0);
    if (headerRow == null) {
      throw new UnreadableFileException("第一个工作表的第 1 行应为标题行 " + String.join(",", columns.names()));
    }
    Map<String, Integer> positions = columns.positionsIn(texts(headerRow, formatter));
    List<ImportTable.Line> lines = new ArrayList<>();
    List<Rejection> malformed = new ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null || isBlank(row, formatter)) {
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      positions.forEach(
          (name, position) ->
              values.put(name, formatter.formatCellValue(row.getCell(position)).strip()));
      Rejection overlong = ImportTable.overlong(r + 1, values);
      if (overlong != null) {
        malformed.add(overlong);
        continue;
      }
      lines.add(new ImportTable.Line(r + 1, values));
    }
    return new ImportTable(lines, malformed);
  }

  /** Whether every cell the row has is blank (only the cells it has: a row may end at XFD). */
  private static boolean isBlank(Row row, DataFormatter formatter) {
    for (Cell cell : row) {
      if (!formatter.formatCellValue(cell).isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static List<String> texts(Row row, DataFormatter formatter) {
    List<String> texts = new ArrayList<>();
    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
      texts.add(formatter.formatCellValue(row.getCell(c)));
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
