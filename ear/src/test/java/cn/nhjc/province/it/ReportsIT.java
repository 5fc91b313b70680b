package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.monitoring.domain.StatPeriod;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The XLSX statistics reports as an official downloads them: the numbers of the statistics API, the
 * caller's scope (a city official's report holds the city alone), refusals of other formats and of
 * enterprises.
 */
class ReportsIT extends PlatformClientTest {

  private static final String MONTH = StatPeriod.lastCompleteMonth().toString();
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Errors come as JSON: the client accepts both. */
  private static final String ACCEPT = XLSX + ", application/json";

  @BeforeAll
  static void rollupsAreCurrent() throws Exception {
    PlatformServicesSession.awaitCurrentRollups();
  }

  @Test
  void the_province_report_of_the_cities_holds_the_numbers_of_the_statistics_api()
      throws Exception {
    String token = Api.token(Api.Accounts.PROVINCE[0], Api.Accounts.PROVINCE[1]);
    HttpResponse<byte[]> response =
        download("/api/v1/reports/regions?level=city&period=" + MONTH + "&format=xlsx", token);
    assertEquals(XLSX, response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    String disposition = response.headers().firstValue("Content-Disposition").orElse("");
    assertTrue(disposition.startsWith("attachment;"), disposition);
    assertTrue(disposition.contains("filename*=UTF-8''"), disposition);
    assertTrue(disposition.contains(".xlsx"), disposition);

    Report report = Report.read(response.body(), "地区名称");
    assertTrue(report.title().contains("能耗统计表 " + MONTH), report.title());
    assertTrue(report.headerValue("电力折算").startsWith("当量值"), report.headerValue("电力折算"));
    assertTrue(report.headerValue("数据快照").contains("关账"), report.headerValue("数据快照"));
    assertTrue(report.headerValue("生成时间").contains("北京时间"));

    JsonNode cities = get("/api/v1/statistics/regions?level=city&period=" + MONTH, token);
    assertEquals(cities.size(), report.rows().size(), "one row per city");
    int compared = 0;
    for (JsonNode city : cities) {
      String name = city.path("name").asText();
      if (!name.equals("唐山市") && !name.equals("石家庄市")) {
        continue;
      }
      Map<String, Cell> row = report.row(name);
      assertNotNull(row, name + " has a row");
      assertEquals(city.path("code").asText(), row.get("地区代码").getStringCellValue());
      assertFigure(city.path("comprehensiveTce").decimalValue(), row.get("综合能耗（tce）"), name);
      assertEquals(city.path("units").asInt(), (int) row.get("单位数（家）").getNumericCellValue(), name);
      for (JsonNode energy : city.path("energies")) {
        String column = energy.path("name").asText() + "折标（tce）";
        assertTrue(report.columns().contains(column), column + " in " + report.columns());
        assertFigure(energy.path("tce").decimalValue(), row.get(column), name + " " + column);
      }
      compared++;
    }
    assertEquals(2, compared, "唐山市 and 石家庄市 are cities of the demo province");
  }

  @Test
  void a_city_officials_report_holds_the_city_alone() throws Exception {
    String token = Api.token(Api.Accounts.TANGSHAN[0], Api.Accounts.TANGSHAN[1]);
    Report cities =
        Report.read(
            download("/api/v1/reports/regions?level=city&period=" + MONTH + "&format=xlsx", token)
                .body(),
            "地区名称");
    assertTrue(cities.title().startsWith("唐山市"), cities.title());
    assertEquals(List.of("唐山市"), cities.names());
    JsonNode api = get("/api/v1/statistics/regions?level=city&period=" + MONTH, token);
    assertFigure(
        api.path(0).path("comprehensiveTce").decimalValue(),
        cities.row("唐山市").get("综合能耗（tce）"),
        "唐山市");

    Report units =
        Report.read(
            download("/api/v1/reports/units?period=" + MONTH + "&format=xlsx", token).body(),
            "单位名称");
    long tangshan =
        PlatformServicesSession.count(
            "select count(*) from key_unit where region_code like '1302%'");
    assertEquals(tangshan, units.rows().size(), "every unit of the city, none of another");
    for (Map<String, Cell> row : units.rows()) {
      assertTrue(row.get("地区代码").getStringCellValue().startsWith("1302"));
    }
    // the report's one-statement read gives what the per-unit API gives
    Map<String, Cell> first = units.rows().get(0);
    String creditCode = first.get("统一社会信用代码").getStringCellValue();
    JsonNode unit = get("/api/v1/statistics/units/" + creditCode + "?period=" + MONTH, token);
    assertFigure(unit.path("comprehensiveTce").decimalValue(), first.get("综合能耗（tce）"), creditCode);
  }

  @Test
  void other_formats_are_refused_and_enterprises_get_no_report() throws Exception {
    String province = Api.token(Api.Accounts.PROVINCE[0], Api.Accounts.PROVINCE[1]);
    assertEquals(
        400,
        Api.getBytes(
                "/api/v1/reports/regions?level=city&period=" + MONTH + "&format=pdf",
                province,
                ACCEPT)
            .statusCode());
    assertEquals(
        400,
        Api.getBytes("/api/v1/reports/regions?level=street&period=" + MONTH, province, ACCEPT)
            .statusCode());
    String enterprise = Api.token(Api.Accounts.ENTERPRISE[0], Api.Accounts.ENTERPRISE[1]);
    assertEquals(
        403,
        Api.getBytes(
                "/api/v1/reports/regions?level=city&period=" + MONTH + "&format=xlsx",
                enterprise,
                ACCEPT)
            .statusCode());
    assertEquals(
        403,
        Api.getBytes("/api/v1/reports/units?period=" + MONTH, enterprise, ACCEPT).statusCode());
  }

  /** A report read back: the header block's values, the column titles and the data rows. */
  private record Report(
      String title,
      Map<String, String> header,
      List<String> columns,
      List<Map<String, Cell>> rows) {

    /** The workbook stays open (in memory) while the test reads its cells. */
    @SuppressWarnings("resource")
    static Report read(byte[] content, String nameColumn) throws Exception {
      Sheet sheet = new XSSFWorkbook(new ByteArrayInputStream(content)).getSheetAt(0);
      String title = sheet.getRow(0).getCell(0).getStringCellValue();
      Map<String, String> header = new LinkedHashMap<>();
      List<String> columns = new ArrayList<>();
      List<Map<String, Cell>> rows = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null || row.getCell(0) == null) {
          continue;
        }
        if (columns.isEmpty()) {
          Cell second = row.getCell(1);
          if (second != null && nameColumn.equals(second.getStringCellValue())) {
            for (Cell cell : row) {
              columns.add(cell.getStringCellValue());
            }
          } else if (second != null) {
            header.put(row.getCell(0).getStringCellValue(), second.getStringCellValue());
          }
          continue;
        }
        Map<String, Cell> values = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
          Cell cell = row.getCell(c);
          if (cell != null) {
            values.put(columns.get(c), cell);
          }
        }
        rows.add(values);
      }
      assertFalse(columns.isEmpty(), "a header row with " + nameColumn);
      return new Report(title, header, columns, rows);
    }

    String headerValue(String label) {
      String value = header.get(label);
      assertNotNull(value, label + " in " + header);
      return value;
    }

    Map<String, Cell> row(String name) {
      return rows.stream()
          .filter(row -> row.get(columns.get(1)).getStringCellValue().equals(name))
          .findFirst()
          .orElse(null);
    }

    List<String> names() {
      return rows.stream().map(row -> row.get(columns.get(1)).getStringCellValue()).toList();
    }
  }

  /** A numeric cell equal to the API's figure to 6 decimals (the API serves 6). */
  private static void assertFigure(BigDecimal expected, Cell cell, String what) {
    assertNotNull(cell, what + ": no cell");
    assertEquals(CellType.NUMERIC, cell.getCellType(), what + ": a number, not text");
    BigDecimal actual =
        BigDecimal.valueOf(cell.getNumericCellValue()).setScale(6, RoundingMode.HALF_UP);
    assertEquals(
        0,
        expected.setScale(6, RoundingMode.HALF_UP).compareTo(actual),
        what + ": " + expected + " vs " + actual);
  }

  private static HttpResponse<byte[]> download(String path, String token) throws Exception {
    HttpResponse<byte[]> response = Api.getBytes(path, token, ACCEPT);
    assertEquals(200, response.statusCode(), path + ": " + new String(response.body()));
    return response;
  }

  private static JsonNode get(String path, String token) throws Exception {
    HttpResponse<String> response = Api.get(path, token, "application/json");
    assertEquals(200, response.statusCode(), path + ": " + response.body());
    return Api.json(response);
  }
}
