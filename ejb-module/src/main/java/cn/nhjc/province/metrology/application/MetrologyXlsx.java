package cn.nhjc.province.metrology.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The metrology workbooks: the summary (计量器具配备情况汇总) and a unit's meter list. A header block (title,
 * 评估日, 生成时间), the column headers, then one row per line; counts and rates are numeric cells.
 */
public final class MetrologyXlsx {

  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The row of the column headers (0-based); the data start below it. */
  public static final int HEADER_ROW = 4;

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private MetrologyXlsx() {}

  static byte[] summary(String level, LocalDate asOf, List<SummaryRow> rows, Instant generated) {
    String what =
        switch (level == null || level.isBlank() ? "city" : level) {
          case "county" -> "县（区）";
          case "industry" -> "行业";
          default -> "地市";
        };
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("计量器具配备情况汇总");
      header(book, sheet, "重点用能单位计量器具配备情况汇总（按" + what + "）", asOf, generated);
      String[] columns = {
        "代码",
        "名称",
        "单位数",
        "未登记台账单位数",
        "合规单位数",
        "不合规单位数",
        "在用器具数",
        "一级配备率(%)",
        "二级配备率(%)",
        "三级配备率(%)",
        "有准确度要求的器具数",
        "准确度不达标器具数",
        "准确度合格率(%)",
        "检定/校准过期器具数",
        "30天内到期器具数"
      };
      headerRow(book, sheet, columns);
      int r = HEADER_ROW + 1;
      for (SummaryRow row : rows) {
        Row line = sheet.createRow(r++);
        int c = 0;
        line.createCell(c++).setCellValue(row.code());
        line.createCell(c++).setCellValue(row.name());
        number(line, c++, row.units());
        number(line, c++, row.unitsWithoutRegistry());
        number(line, c++, row.compliantUnits());
        number(line, c++, row.nonCompliantUnits());
        number(line, c++, row.metersInService());
        rate(line, c++, row.level1Rate());
        rate(line, c++, row.level2Rate());
        rate(line, c++, row.level3Rate());
        number(line, c++, row.metersAssessed());
        number(line, c++, row.metersBelowAccuracy());
        rate(line, c++, row.accuracyRate());
        number(line, c++, row.expired());
        number(line, c, row.expiring());
      }
      return bytes(book);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] meters(String unitName, LocalDate asOf, List<MeterDto> meters, Instant generated) {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("计量器具台账");
      header(book, sheet, unitName + " 计量器具台账", asOf, generated);
      String[] columns = {
        "器具类型代码", "器具类型", "出厂编号", "器具名称", "生产厂家", "规格型号", "准确度等级", "测量范围", "级别", "安装位置代码", "安装位置",
        "能源品种代码", "能源品种", "采集项", "检定校准日期", "周期(月)", "有效期至", "检定校准机构", "证书编号", "状态", "检定状态", "版本"
      };
      headerRow(book, sheet, columns);
      int r = HEADER_ROW + 1;
      for (MeterDto m : meters) {
        Row line = sheet.createRow(r++);
        int c = 0;
        line.createCell(c++).setCellValue(m.meterTypeCode());
        line.createCell(c++).setCellValue(m.meterTypeName());
        line.createCell(c++).setCellValue(m.serialNo());
        line.createCell(c++).setCellValue(m.name());
        text(line, c++, m.maker());
        text(line, c++, m.model());
        text(line, c++, m.accuracyClass());
        text(line, c++, m.measuringRange());
        number(line, c++, m.level());
        text(line, c++, m.structureCode());
        text(line, c++, m.structureName());
        text(line, c++, m.energyTypeCode());
        text(line, c++, m.energyTypeName());
        line.createCell(c++).setCellValue(String.join(",", m.collectItems()));
        text(line, c++, m.calibratedOn() == null ? null : m.calibratedOn().toString());
        if (m.calibrationMonths() != null) {
          number(line, c, m.calibrationMonths());
        }
        c++;
        text(line, c++, m.calibrationDue() == null ? null : m.calibrationDue().toString());
        text(line, c++, m.calibrationInstitution());
        text(line, c++, m.certificateNo());
        line.createCell(c++).setCellValue(m.status());
        line.createCell(c++).setCellValue(m.calibrationState());
        number(line, c, m.version());
      }
      return bytes(book);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void header(
      XSSFWorkbook book, Sheet sheet, String title, LocalDate asOf, Instant generated) {
    CellStyle bold = book.createCellStyle();
    Font font = book.createFont();
    font.setBold(true);
    font.setFontHeightInPoints((short) 14);
    bold.setFont(font);
    Cell cell = sheet.createRow(0).createCell(0);
    cell.setCellValue(title);
    cell.setCellStyle(bold);
    sheet.createRow(1).createCell(0).setCellValue("评估日：" + asOf);
    sheet
        .createRow(2)
        .createCell(0)
        .setCellValue("生成时间：" + TIME.format(generated.atZone(ZONE)) + "（北京时间）");
  }

  private static void headerRow(XSSFWorkbook book, Sheet sheet, String[] columns) {
    CellStyle bold = book.createCellStyle();
    Font font = book.createFont();
    font.setBold(true);
    bold.setFont(font);
    Row header = sheet.createRow(HEADER_ROW);
    for (int c = 0; c < columns.length; c++) {
      Cell cell = header.createCell(c);
      cell.setCellValue(columns[c]);
      cell.setCellStyle(bold);
      sheet.setColumnWidth(c, 14 * 256);
    }
    sheet.createFreezePane(2, HEADER_ROW + 1);
  }

  private static void number(Row row, int column, int value) {
    row.createCell(column).setCellValue(value);
  }

  private static void rate(Row row, int column, BigDecimal value) {
    if (value != null) {
      row.createCell(column).setCellValue(value.doubleValue());
    }
  }

  private static void text(Row row, int column, String value) {
    if (value != null) {
      row.createCell(column).setCellValue(value);
    }
  }

  private static byte[] bytes(XSSFWorkbook book) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    book.write(out);
    return out.toByteArray();
  }
}
