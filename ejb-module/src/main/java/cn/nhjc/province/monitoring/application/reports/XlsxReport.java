package cn.nhjc.province.monitoring.application.reports;

import cn.nhjc.province.monitoring.application.statistics.EnergyFigure;
import cn.nhjc.province.monitoring.application.statistics.Figures;
import cn.nhjc.province.monitoring.application.statistics.UnitFigures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a statistics report (地区、行业、重点用能单位能耗统计表) as an XLSX workbook, streaming ({@link
 * SXSSFWorkbook}: only {@value #WINDOW} rows are held in memory, so a province's 2,000 units cost
 * no more than 20 cities).
 *
 * <p>One sheet: a header block (title, 统计期, 电力折算, 计量单位, 生成时间, 数据快照), then the column headers
 * (frozen, with the code and name columns) and one row per region, industry or unit. Numbers are
 * numeric cells with a number format, never text. Pure: the same figures and header give the same
 * cells, the generation time aside ({@link #GENERATED_ROW}).
 */
public final class XlsxReport {

  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The calendar and clock of the province. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  public static final String SHEET_NAME = "能耗统计";

  /** Rows of the header block (0-based). */
  public static final int TITLE_ROW = 0;

  public static final int PERIOD_ROW = 1;
  public static final int CONVENTION_ROW = 2;
  public static final int MEASURE_ROW = 3;
  public static final int GENERATED_ROW = 4;
  public static final int SNAPSHOT_ROW = 5;

  /** The row of the column headers; the data start below it. */
  public static final int HEADER_ROW = 7;

  public static final int FIRST_DATA_ROW = HEADER_ROW + 1;

  /** Rows SXSSF keeps in memory before flushing to its temporary file. */
  static final int WINDOW = 100;

  static final String TCE = "tce";
  static final String TCE_FORMAT = "#,##0.000000";
  static final String AMOUNT_FORMAT = "#,##0.00##";
  static final String INTENSITY_FORMAT = "0.0000";
  static final String COUNT_FORMAT = "0";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

  private XlsxReport() {}

  /** What the rows are, and the titles of their code and name columns. */
  public enum Kind {
    REGIONS("地区代码", "地区名称"),
    INDUSTRIES("行业代码", "行业名称"),
    UNITS("统一社会信用代码", "单位名称");

    private final String codeTitle;
    private final String nameTitle;

    Kind(String codeTitle, String nameTitle) {
      this.codeTitle = codeTitle;
      this.nameTitle = nameTitle;
    }
  }

  /**
   * What the header block states besides what the figures carry.
   *
   * @param title e.g. 河北省 各市 能耗统计表 2026-10
   * @param period the period as the API writes it ({@code 2026-10})
   * @param from the first day of the period
   * @param to the last day of the period
   * @param conventionLabel 当量值 or 等价值
   * @param electricityKgcePerKwh the electricity coefficient of the convention in force on the
   *     period's first day; {@code null} if unknown
   * @param closed whether the statistics job has closed the period
   * @param generatedAt when the report is written (the only cell that differs between two runs on
   *     the same figures)
   */
  public record Header(
      String title,
      String period,
      LocalDate from,
      LocalDate to,
      String conventionLabel,
      BigDecimal electricityKgcePerKwh,
      boolean closed,
      Instant generatedAt) {

    public Header {
      Objects.requireNonNull(title);
      Objects.requireNonNull(period);
      Objects.requireNonNull(conventionLabel);
      Objects.requireNonNull(generatedAt);
    }
  }

  /** A report of regions or industries, one row per figure, in the order given. */
  public static byte[] groups(Kind kind, Header header, List<Figures> figures) {
    if (kind == Kind.UNITS) {
      throw new IllegalArgumentException("a units report is written by units(…)");
    }
    return write(kind, header, figures.stream().map(f -> new Line(f, null)).toList());
  }

  /** A report of units, one row per unit with its region and industry, in the order given. */
  public static byte[] units(Header header, List<UnitFigures> units) {
    return write(Kind.UNITS, header, units.stream().map(u -> new Line(u.figures(), u)).toList());
  }

  /** The 数据快照 text: whether the period is closed and when its figures were computed. */
  static String snapshot(boolean closed, Instant computedAt) {
    if (computedAt == null) {
      return closed ? "已关账" : "未关账，尚无数据";
    }
    return closed
        ? "已关账（数据计算于 " + TIME.format(computedAt) + "）"
        : "未关账，数据截至 " + TIME.format(computedAt);
  }

  static String convention(String label, BigDecimal kgcePerKwh) {
    return kgcePerKwh == null
        ? label
        : label + " " + kgcePerKwh.stripTrailingZeros().toPlainString() + " kgce/kWh";
  }

  private record Line(Figures figures, UnitFigures unit) {}

  private record EnergyColumn(String code, String name, String unit) {}

  private record Column(String title, int width, CellStyle style, Function<Line, Object> value) {}

  private static byte[] write(Kind kind, Header header, List<Line> lines) {
    SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    try (workbook;
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.setCompressTempFiles(true);
      Styles styles = new Styles(workbook);
      List<Column> columns = columns(kind, energyColumns(lines), styles);
      SXSSFSheet sheet = workbook.createSheet(SHEET_NAME);

      Row titleRow = sheet.createRow(TITLE_ROW);
      titleRow.setHeightInPoints(24);
      text(titleRow, 0, header.title(), styles.title);
      if (columns.size() > 1) {
        sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, columns.size() - 1));
      }
      label(sheet, PERIOD_ROW, "统计期", period(header), styles);
      label(
          sheet,
          CONVENTION_ROW,
          "电力折算",
          convention(header.conventionLabel(), header.electricityKgcePerKwh()),
          styles);
      label(
          sheet,
          MEASURE_ROW,
          "计量单位",
          "综合能耗及折标量：吨标准煤（tce）；实物量：各能源品种列标题所注单位；工业增加值：万元；单位工业增加值能耗：tce/万元",
          styles);
      label(sheet, GENERATED_ROW, "生成时间", TIME.format(header.generatedAt()) + "（北京时间）", styles);
      Instant computedAt =
          lines.stream()
              .map(line -> line.figures().computedAt())
              .filter(Objects::nonNull)
              .max(Comparator.naturalOrder())
              .orElse(null);
      label(sheet, SNAPSHOT_ROW, "数据快照", snapshot(header.closed(), computedAt), styles);

      Row headerRow = sheet.createRow(HEADER_ROW);
      headerRow.setHeightInPoints(32);
      for (int c = 0; c < columns.size(); c++) {
        text(headerRow, c, columns.get(c).title(), styles.header);
        sheet.setColumnWidth(c, columns.get(c).width() * 256);
      }
      sheet.createFreezePane(2, FIRST_DATA_ROW);

      int r = FIRST_DATA_ROW;
      for (Line line : lines) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < columns.size(); c++) {
          Column column = columns.get(c);
          Object value = column.value().apply(line);
          if (value instanceof BigDecimal number) {
            Cell cell = row.createCell(c);
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(column.style());
          } else if (value instanceof Integer count) {
            Cell cell = row.createCell(c);
            cell.setCellValue(count.doubleValue());
            cell.setCellStyle(column.style());
          } else if (value != null) {
            text(row, c, value.toString(), column.style());
          }
        }
      }

      var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
      properties.setTitle(header.title());
      properties.setCreated(Optional.of(Date.from(header.generatedAt())));
      properties.setCreator("重点用能单位能耗在线监测系统 省级平台");
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workbook.dispose();
    }
  }

  private static String period(Header header) {
    if (header.from() == null || header.to() == null) {
      return header.period();
    }
    return header.from().equals(header.to())
        ? header.period()
        : header.period() + "（" + header.from() + " 至 " + header.to() + "）";
  }

  /** The energy types present in any row, by code, with the name and unit of measure. */
  private static List<EnergyColumn> energyColumns(List<Line> lines) {
    Map<String, EnergyColumn> columns = new TreeMap<>();
    for (Line line : lines) {
      for (EnergyFigure energy : line.figures().energies()) {
        columns.putIfAbsent(
            energy.energyTypeCode(),
            new EnergyColumn(energy.energyTypeCode(), energy.name(), energy.unit()));
      }
    }
    return List.copyOf(columns.values());
  }

  private static List<Column> columns(Kind kind, List<EnergyColumn> energies, Styles styles) {
    List<Column> columns = new ArrayList<>();
    columns.add(
        new Column(
            kind.codeTitle, kind == Kind.UNITS ? 22 : 12, styles.text, l -> l.figures().code()));
    columns.add(new Column(kind.nameTitle, 30, styles.text, l -> l.figures().name()));
    if (kind == Kind.UNITS) {
      columns.add(new Column("地区代码", 10, styles.text, l -> l.unit().regionCode()));
      columns.add(new Column("所在地区", 14, styles.text, l -> l.unit().regionName()));
      columns.add(new Column("行业代码", 10, styles.text, l -> l.unit().industryCode()));
      columns.add(new Column("所属行业", 24, styles.text, l -> l.unit().industryName()));
    } else {
      columns.add(new Column("单位数（家）", 10, styles.count, l -> l.figures().units()));
    }
    columns.add(
        new Column("综合能耗（" + TCE + "）", 18, styles.tce, l -> l.figures().comprehensiveTce()));
    for (EnergyColumn type : energies) {
      String unit = type.unit() == null || type.unit().isBlank() ? "" : "（" + type.unit() + "）";
      columns.add(
          new Column(
              type.name() + unit,
              16,
              styles.amount,
              l -> energy(l, type.code()).map(EnergyFigure::amount).orElse(null)));
      columns.add(
          new Column(
              type.name() + "折标（" + TCE + "）",
              16,
              styles.tce,
              l -> energy(l, type.code()).map(EnergyFigure::tce).orElse(null)));
    }
    columns.add(new Column("工业增加值（万元）", 16, styles.amount, l -> l.figures().valueAdded()));
    columns.add(
        new Column(
            "单位工业增加值能耗（tce/万元）", 18, styles.intensity, l -> l.figures().intensityPerValueAdded()));
    return columns;
  }

  private static Optional<EnergyFigure> energy(Line line, String code) {
    return line.figures().energies().stream()
        .filter(e -> e.energyTypeCode().equals(code))
        .findFirst();
  }

  private static void label(SXSSFSheet sheet, int r, String label, String value, Styles styles) {
    Row row = sheet.createRow(r);
    text(row, 0, label, styles.label);
    text(row, 1, value, styles.plain);
  }

  private static void text(Row row, int c, String value, CellStyle style) {
    Cell cell = row.createCell(c);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  /** The workbook's cell styles, created once (a workbook holds at most 64,000). */
  private static final class Styles {
    final CellStyle title;
    final CellStyle label;
    final CellStyle plain;
    final CellStyle header;
    final CellStyle text;
    final CellStyle count;
    final CellStyle tce;
    final CellStyle amount;
    final CellStyle intensity;

    Styles(SXSSFWorkbook workbook) {
      DataFormat formats = workbook.createDataFormat();
      Font bold = workbook.createFont();
      bold.setBold(true);
      Font big = workbook.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);

      title = workbook.createCellStyle();
      title.setFont(big);
      title.setAlignment(HorizontalAlignment.CENTER);
      title.setVerticalAlignment(VerticalAlignment.CENTER);
      label = workbook.createCellStyle();
      label.setFont(bold);
      plain = workbook.createCellStyle();
      header = workbook.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      bordered(header);
      text = bordered(workbook.createCellStyle());
      text.setDataFormat(formats.getFormat("@"));
      count = numeric(workbook, formats, COUNT_FORMAT);
      tce = numeric(workbook, formats, TCE_FORMAT);
      amount = numeric(workbook, formats, AMOUNT_FORMAT);
      intensity = numeric(workbook, formats, INTENSITY_FORMAT);
    }

    private static CellStyle numeric(SXSSFWorkbook workbook, DataFormat formats, String format) {
      CellStyle style = bordered(workbook.createCellStyle());
      style.setDataFormat(formats.getFormat(format));
      return style;
    }

    private static CellStyle bordered(CellStyle style) {
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      return style;
    }
  }
}
