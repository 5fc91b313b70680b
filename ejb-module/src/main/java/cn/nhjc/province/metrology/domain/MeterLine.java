package cn.nhjc.province.metrology.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A line of the meter import (XLSX template {@link #COLUMNS}) read into a {@link MeterInput}: dates
 * as yyyy-MM-dd, numbers as plain decimals, collect items separated by commas, semicolons or
 * spaces.
 */
public final class MeterLine {

  /** The template's columns, in order, with their Chinese headers. */
  public static final Map<String, String> COLUMNS = columns();

  private MeterLine() {}

  /** The input of a line, or the reasons it cannot be read. */
  public record Read(MeterInput input, List<String> reasons) {}

  public static Read read(Function<String, String> cell) {
    List<String> reasons = new ArrayList<>();
    Integer level = integer(cell.apply("level"), "级别", reasons);
    LocalDate calibratedOn = null;
    String day = cell.apply("calibratedOn");
    if (!day.isBlank()) {
      try {
        calibratedOn = LocalDate.parse(day.strip().replace('/', '-'));
      } catch (DateTimeParseException e) {
        reasons.add("检定/校准日期“" + clip(day) + "”应为 yyyy-MM-dd");
      }
    }
    Integer months = integer(cell.apply("calibrationMonths"), "检定/校准周期", reasons);
    BigDecimal capacity = null;
    String capacityText = cell.apply("counterCapacity");
    if (!capacityText.isBlank()) {
      if (capacityText.strip().matches("\\d{1,14}(\\.\\d{1,6})?")) {
        capacity = new BigDecimal(capacityText.strip());
      } else {
        reasons.add("计数器满量程“" + clip(capacityText) + "”不是数值");
      }
    }
    String items = cell.apply("collectItems");
    List<String> collectItems =
        items.isBlank()
            ? List.of()
            : Arrays.stream(items.strip().split("[,;，；\\s]+")).filter(s -> !s.isBlank()).toList();
    MeterInput input =
        new MeterInput(
            cell.apply("meterTypeCode"),
            cell.apply("serialNo"),
            cell.apply("name"),
            cell.apply("maker"),
            cell.apply("model"),
            cell.apply("accuracyClass"),
            cell.apply("measuringRange"),
            level,
            cell.apply("structureCode"),
            cell.apply("energyTypeCode"),
            collectItems,
            calibratedOn,
            months,
            cell.apply("calibrationInstitution"),
            cell.apply("certificateNo"),
            cell.apply("status"),
            capacity);
    return new Read(input, reasons);
  }

  private static Integer integer(String text, String what, List<String> reasons) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    if (value.endsWith(".0")) {
      value = value.substring(0, value.length() - 2); // a number cell of a spreadsheet
    }
    if (!value.matches("\\d{1,4}")) {
      reasons.add(what + "“" + clip(text) + "”不是整数");
      return null;
    }
    return Integer.valueOf(value);
  }

  private static String clip(String value) {
    String text = value.strip();
    return text.length() > 32 ? text.substring(0, 32) + "…" : text;
  }

  private static Map<String, String> columns() {
    java.util.LinkedHashMap<String, String> columns = new java.util.LinkedHashMap<>();
    columns.put("meterTypeCode", "器具类型代码");
    columns.put("serialNo", "出厂编号");
    columns.put("name", "器具名称");
    columns.put("maker", "生产厂家");
    columns.put("model", "规格型号");
    columns.put("accuracyClass", "准确度等级");
    columns.put("measuringRange", "测量范围");
    columns.put("level", "级别");
    columns.put("structureCode", "安装位置代码");
    columns.put("energyTypeCode", "能源品种代码");
    columns.put("collectItems", "采集项");
    columns.put("calibratedOn", "检定校准日期");
    columns.put("calibrationMonths", "检定校准周期月");
    columns.put("calibrationInstitution", "检定校准机构");
    columns.put("certificateNo", "证书编号");
    columns.put("status", "状态");
    columns.put("counterCapacity", "计数器满量程");
    return java.util.Collections.unmodifiableMap(columns);
  }
}
