package cn.nhjc.province.monitoring.application.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.monitoring.application.statistics.EnergyFigure;
import cn.nhjc.province.monitoring.application.statistics.Figures;
import cn.nhjc.province.monitoring.application.statistics.UnitFigures;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Reports written from figures built by hand and read back with POI's {@link XSSFWorkbook}: the
 * header block, numeric cells with their formats, the energy columns, Chinese text, and that two
 * runs on the same figures differ in the generation time only.
 */
class XlsxReportTest {

  private static final Instant COMPUTED_EARLY = Instant.parse("2026-11-01T05:30:00Z");
  private static final Instant COMPUTED_LATE = Instant.parse("2026-11-01T06:00:00Z");
  private static final Instant GENERATED = Instant.parse("2026-11-02T00:00:00Z");

  /** 唐山市: coal and electricity; 石家庄市: electricity and natural gas, no value added. */
  private static final List<Figures> CITIES =
      List.of(
          region(
              "130200",
              "唐山市",
              12,
              "960.100000",
              List.of(
                  energy("0100", "原煤", "kg", "1000000", "714.300000", 10),
                  energy("3300", "电力", "kWh", "2000000", "245.800000", 12)),
              "5000.5",
              "0.1920",
              COMPUTED_EARLY),
          region(
              "130100",
              "石家庄市",
              3,
              "1460.880000",
              List.of(
                  energy("1500", "天然气", "m³", "1000000.25", "1215.000304", 2),
                  energy("3300", "电力", "kWh", "2000000", "245.800000", 3)),
              null,
              null,
              COMPUTED_LATE));

  @Test
  void the_header_block_states_title_period_convention_measures_time_and_snapshot()
      throws IOException {
    Sheet sheet = sheet(regions(CITIES, header(false, GENERATED)));
    assertEquals(XlsxReport.SHEET_NAME, sheet.getSheetName());
    assertEquals("河北省 各市 能耗统计表 2026-10", text(sheet, XlsxReport.TITLE_ROW, 0));
    assertEquals("统计期", text(sheet, XlsxReport.PERIOD_ROW, 0));
    assertEquals("2026-10（2026-10-01 至 2026-10-31）", text(sheet, XlsxReport.PERIOD_ROW, 1));
    assertEquals("电力折算", text(sheet, XlsxReport.CONVENTION_ROW, 0));
    assertEquals("当量值 0.1229 kgce/kWh", text(sheet, XlsxReport.CONVENTION_ROW, 1));
    assertEquals("计量单位", text(sheet, XlsxReport.MEASURE_ROW, 0));
    assertTrue(text(sheet, XlsxReport.MEASURE_ROW, 1).contains("吨标准煤（tce）"));
    assertTrue(text(sheet, XlsxReport.MEASURE_ROW, 1).contains("万元"));
    assertEquals("生成时间", text(sheet, XlsxReport.GENERATED_ROW, 0));
    // Asia/Shanghai: 00:00 UTC is 08:00 in Beijing
    assertEquals("2026-11-02 08:00:00（北京时间）", text(sheet, XlsxReport.GENERATED_ROW, 1));
    assertEquals("数据快照", text(sheet, XlsxReport.SNAPSHOT_ROW, 0));
    // the latest computedAt of the rows, in Beijing time
    assertEquals("未关账，数据截至 2026-11-01 14:00:00", text(sheet, XlsxReport.SNAPSHOT_ROW, 1));
    assertEquals(1, sheet.getNumMergedRegions(), "the title spans the columns");

    PaneInformation pane = sheet.getPaneInformation();
    assertTrue(pane.isFreezePane());
    assertEquals(XlsxReport.FIRST_DATA_ROW, pane.getHorizontalSplitTopRow());
    assertEquals(2, pane.getVerticalSplitLeftColumn(), "code and name stay in view");
  }

  @Test
  void a_closed_period_and_the_equal_value_convention_are_stated() throws IOException {
    XlsxReport.Header header =
        new XlsxReport.Header(
            "河北省 各市 能耗统计表 2026-Q3",
            "2026-Q3",
            LocalDate.of(2026, 7, 1),
            LocalDate.of(2026, 9, 30),
            "等价值",
            new BigDecimal("0.300000"),
            true,
            GENERATED);
    Sheet sheet = sheet(regions(CITIES, header));
    assertEquals("2026-Q3（2026-07-01 至 2026-09-30）", text(sheet, XlsxReport.PERIOD_ROW, 1));
    assertEquals("等价值 0.3 kgce/kWh", text(sheet, XlsxReport.CONVENTION_ROW, 1));
    assertEquals("已关账（数据计算于 2026-11-01 14:00:00）", text(sheet, XlsxReport.SNAPSHOT_ROW, 1));
  }

  @Test
  void columns_are_the_union_of_the_energy_types_present_with_their_units_of_measure()
      throws IOException {
    Sheet sheet = sheet(regions(CITIES, header(false, GENERATED)));
    assertEquals(
        List.of(
            "地区代码",
            "地区名称",
            "单位数（家）",
            "综合能耗（tce）",
            "原煤（kg）",
            "原煤折标（tce）",
            "天然气（m³）",
            "天然气折标（tce）",
            "电力（kWh）",
            "电力折标（tce）",
            "工业增加值（万元）",
            "单位工业增加值能耗（tce/万元）"),
        texts(sheet.getRow(XlsxReport.HEADER_ROW)));
    assertEquals(XlsxReport.FIRST_DATA_ROW + 1, sheet.getLastRowNum(), "one row per city");
  }

  @Test
  void figures_are_numeric_cells_with_a_number_format_and_names_are_chinese_text()
      throws IOException {
    Sheet sheet = sheet(regions(CITIES, header(false, GENERATED)));
    Row tangshan = sheet.getRow(XlsxReport.FIRST_DATA_ROW);
    assertEquals("130200", tangshan.getCell(0).getStringCellValue());
    assertEquals(CellType.STRING, tangshan.getCell(0).getCellType(), "codes stay text");
    assertEquals("唐山市", tangshan.getCell(1).getStringCellValue());
    assertNumber(tangshan.getCell(2), 12, XlsxReport.COUNT_FORMAT);
    assertNumber(tangshan.getCell(3), 960.1, XlsxReport.TCE_FORMAT);
    assertNumber(tangshan.getCell(4), 1_000_000, XlsxReport.AMOUNT_FORMAT);
    assertNumber(tangshan.getCell(5), 714.3, XlsxReport.TCE_FORMAT);
    assertBlank(tangshan.getCell(6));
    assertBlank(tangshan.getCell(7));
    assertNumber(tangshan.getCell(8), 2_000_000, XlsxReport.AMOUNT_FORMAT);
    assertNumber(tangshan.getCell(9), 245.8, XlsxReport.TCE_FORMAT);
    assertNumber(tangshan.getCell(10), 5000.5, XlsxReport.AMOUNT_FORMAT);
    assertNumber(tangshan.getCell(11), 0.192, XlsxReport.INTENSITY_FORMAT);

    Row shijiazhuang = sheet.getRow(XlsxReport.FIRST_DATA_ROW + 1);
    assertEquals("石家庄市", shijiazhuang.getCell(1).getStringCellValue());
    assertBlank(shijiazhuang.getCell(4));
    assertNumber(shijiazhuang.getCell(6), 1_000_000.25, XlsxReport.AMOUNT_FORMAT);
    // six decimals survive the double of the cell
    assertEquals(
        new BigDecimal("1215.000304"),
        BigDecimal.valueOf(shijiazhuang.getCell(7).getNumericCellValue()));
    assertBlank(shijiazhuang.getCell(10));
    assertBlank(shijiazhuang.getCell(11));
  }

  @Test
  void a_units_report_names_each_units_region_and_industry() throws IOException {
    Figures cement =
        unit(
            "91130271170000011R",
            "唐山富康水泥有限公司",
            "130203",
            List.of(energy("0100", "原煤", "kg", "1000000", "714.300000", 1)),
            "714.300000");
    Figures empty = unit("91130102000000000X", "石家庄某钢铁有限公司", "130102", List.of(), "0");
    List<UnitFigures> units =
        List.of(
            new UnitFigures(cement, "130203", "路北区", "C3011", "水泥制造"),
            new UnitFigures(empty, "130102", "长安区", "C3110", "炼钢"));
    XlsxReport.Header header =
        new XlsxReport.Header(
            "河北省 重点用能单位 能耗统计表 2026-10",
            "2026-10",
            LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 10, 31),
            "当量值",
            new BigDecimal("0.1229"),
            false,
            GENERATED);
    Sheet sheet = sheet(XlsxReport.units(header, units));
    assertEquals(
        List.of(
            "统一社会信用代码",
            "单位名称",
            "地区代码",
            "所在地区",
            "行业代码",
            "所属行业",
            "综合能耗（tce）",
            "原煤（kg）",
            "原煤折标（tce）",
            "工业增加值（万元）",
            "单位工业增加值能耗（tce/万元）"),
        texts(sheet.getRow(XlsxReport.HEADER_ROW)));
    Row first = sheet.getRow(XlsxReport.FIRST_DATA_ROW);
    assertEquals(
        List.of("91130271170000011R", "唐山富康水泥有限公司", "130203", "路北区", "C3011", "水泥制造"),
        texts(first, 6));
    assertNumber(first.getCell(6), 714.3, XlsxReport.TCE_FORMAT);
    assertNumber(first.getCell(8), 714.3, XlsxReport.TCE_FORMAT);
    Row second = sheet.getRow(XlsxReport.FIRST_DATA_ROW + 1);
    assertEquals("石家庄某钢铁有限公司", second.getCell(1).getStringCellValue());
    assertNumber(second.getCell(6), 0, XlsxReport.TCE_FORMAT);
    assertBlank(second.getCell(7));
  }

  @Test
  void an_empty_report_has_its_header_and_no_rows() throws IOException {
    Sheet sheet = sheet(regions(List.of(), header(false, GENERATED)));
    assertEquals("未关账，尚无数据", text(sheet, XlsxReport.SNAPSHOT_ROW, 1));
    assertEquals(XlsxReport.HEADER_ROW, sheet.getLastRowNum());
    assertEquals("综合能耗（tce）", text(sheet, XlsxReport.HEADER_ROW, 3));
  }

  @Test
  void two_runs_on_the_same_figures_differ_in_the_generation_time_only() throws Exception {
    byte[] first = regions(CITIES, header(false, GENERATED));
    byte[] again = regions(CITIES, header(false, GENERATED));
    byte[] later = regions(CITIES, header(false, GENERATED.plusSeconds(3600)));

    assertEquals(cells(first), cells(again));
    assertArrayEquals(
        part(first, "xl/worksheets/sheet1.xml"), part(again, "xl/worksheets/sheet1.xml"));

    List<String> firstCells = cells(first);
    List<String> laterCells = cells(later);
    assertEquals(firstCells.size(), laterCells.size());
    String generated = XlsxReport.GENERATED_ROW + ":1:";
    for (int i = 0; i < firstCells.size(); i++) {
      if (firstCells.get(i).startsWith(generated)) {
        assertNotEquals(firstCells.get(i), laterCells.get(i));
      } else {
        assertEquals(firstCells.get(i), laterCells.get(i));
      }
    }
    // the sheet's XML is the same byte for byte once the generation time is taken out
    String firstXml =
        new String(part(first, "xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8)
            .replace("2026-11-02 08:00:00", "");
    String laterXml =
        new String(part(later, "xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8)
            .replace("2026-11-02 09:00:00", "");
    assertEquals(firstXml, laterXml);
    assertArrayEquals(part(first, "xl/styles.xml"), part(later, "xl/styles.xml"));
  }

  @Test
  void a_units_kind_is_refused_for_groups_and_titles_read_as_the_portal_names_them() {
    assertThrows(
        IllegalArgumentException.class,
        () -> XlsxReport.groups(XlsxReport.Kind.UNITS, header(false, GENERATED), CITIES));
    StatPeriod october = StatPeriod.parse("2026-10");
    assertEquals("河北省 各市 能耗统计表 2026-10", StatisticsReports.title("河北省", "各市", october));
    assertEquals("唐山市 能耗统计表 2026-10", StatisticsReports.title("唐山市", null, october));
    assertFalse(XlsxReport.snapshot(false, null).contains("已关账"));
  }

  // --- figures by hand ---

  private static XlsxReport.Header header(boolean closed, Instant generatedAt) {
    return new XlsxReport.Header(
        "河北省 各市 能耗统计表 2026-10",
        "2026-10",
        LocalDate.of(2026, 10, 1),
        LocalDate.of(2026, 10, 31),
        "当量值",
        new BigDecimal("0.122900"),
        closed,
        generatedAt);
  }

  private static byte[] regions(List<Figures> figures, XlsxReport.Header header) {
    return XlsxReport.groups(XlsxReport.Kind.REGIONS, header, figures);
  }

  private static EnergyFigure energy(
      String code, String name, String unit, String amount, String tce, int units) {
    return new EnergyFigure(
        code,
        name,
        unit,
        null,
        new BigDecimal(amount),
        BigDecimal.ZERO,
        new BigDecimal(amount),
        null,
        new BigDecimal(tce),
        null,
        null,
        units);
  }

  private static Figures region(
      String code,
      String name,
      int units,
      String tce,
      List<EnergyFigure> energies,
      String valueAdded,
      String intensity,
      Instant computedAt) {
    return figures(
        "region",
        code,
        name,
        "city",
        units,
        tce,
        energies,
        valueAdded == null ? null : new BigDecimal(valueAdded),
        intensity == null ? null : new BigDecimal(intensity),
        computedAt);
  }

  private static Figures unit(
      String creditCode, String name, String region, List<EnergyFigure> energies, String tce) {
    return figures(
        "unit",
        creditCode,
        name,
        region,
        energies.isEmpty() ? 0 : 1,
        tce,
        energies,
        null,
        null,
        energies.isEmpty() ? null : COMPUTED_EARLY);
  }

  private static Figures figures(
      String kind,
      String code,
      String name,
      String level,
      int units,
      String tce,
      List<EnergyFigure> energies,
      BigDecimal valueAdded,
      BigDecimal intensity,
      Instant computedAt) {
    return new Figures(
        kind,
        code,
        name,
        level,
        "2026-10",
        "month",
        LocalDate.of(2026, 10, 1),
        LocalDate.of(2026, 10, 31),
        "equivalent",
        "当量值",
        energies,
        List.of(),
        new BigDecimal(tce),
        new BigDecimal(tce),
        new BigDecimal(tce),
        units,
        null,
        valueAdded,
        intensity,
        null,
        List.of(),
        false,
        computedAt);
  }

  // --- reading back ---

  /** The only sheet; the workbook stays open (in memory) for the assertions. */
  @SuppressWarnings("resource")
  private static Sheet sheet(byte[] workbook) throws IOException {
    XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook));
    assertEquals(1, read.getNumberOfSheets());
    return read.getSheetAt(0);
  }

  private static String text(Sheet sheet, int row, int column) {
    Cell cell = sheet.getRow(row).getCell(column);
    assertEquals(CellType.STRING, cell.getCellType(), row + ":" + column);
    return cell.getStringCellValue();
  }

  private static List<String> texts(Row row) {
    return texts(row, row.getLastCellNum());
  }

  private static List<String> texts(Row row, int cells) {
    List<String> texts = new ArrayList<>();
    for (int c = 0; c < cells; c++) {
      texts.add(row.getCell(c).getStringCellValue());
    }
    return texts;
  }

  private static void assertNumber(Cell cell, double expected, String format) {
    assertEquals(CellType.NUMERIC, cell.getCellType(), "a number, not text");
    assertEquals(expected, cell.getNumericCellValue());
    assertEquals(format, cell.getCellStyle().getDataFormatString());
  }

  private static void assertBlank(Cell cell) {
    assertTrue(cell == null || cell.getCellType() == CellType.BLANK, String.valueOf(cell));
  }

  /** Every cell as row:column:type:value:format. */
  private static List<String> cells(byte[] workbook) throws IOException {
    List<String> cells = new ArrayList<>();
    for (Row row : sheet(workbook)) {
      for (Cell cell : row) {
        String value =
            cell.getCellType() == CellType.NUMERIC
                ? String.valueOf(cell.getNumericCellValue())
                : cell.getStringCellValue();
        cells.add(
            row.getRowNum()
                + ":"
                + cell.getColumnIndex()
                + ":"
                + cell.getCellType()
                + ":"
                + value
                + ":"
                + cell.getCellStyle().getDataFormatString());
      }
    }
    return cells;
  }

  /** A part of the workbook's package, read by POI (SXSSF writes entries zip streams misread). */
  private static byte[] part(byte[] workbook, String name) throws Exception {
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(workbook));
        InputStream in =
            pkg.getPart(PackagingURIHelper.createPartName("/" + name)).getInputStream()) {
      return in.readAllBytes();
    }
  }
}
