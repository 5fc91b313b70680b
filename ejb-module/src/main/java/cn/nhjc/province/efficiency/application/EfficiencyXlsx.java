package cn.nhjc.province.efficiency.application;

import cn.nhjc.province.efficiency.application.EfficiencyViews.Benchmark;
import cn.nhjc.province.efficiency.application.EfficiencyViews.Distribution;
import cn.nhjc.province.efficiency.application.EfficiencyViews.IndicatorFigure;
import cn.nhjc.province.efficiency.application.EfficiencyViews.PeerUnit;
import cn.nhjc.province.efficiency.application.EfficiencyViews.UnitEfficiency;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The efficiency lists as XLSX workbooks: one sheet, a title row, a header row, then one row per
 * line; numbers as numbers in base units, as the API gives them.
 */
public final class EfficiencyXlsx {

  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private EfficiencyXlsx() {}

  /** A unit's indicators. */
  public static byte[] unit(UnitEfficiency unit) {
    List<Object[]> rows = new ArrayList<>();
    for (IndicatorFigure i : unit.indicators()) {
      Distribution d = i.distribution();
      rows.add(
          new Object[] {
            i.name(),
            i.unit(),
            i.value(),
            i.output(),
            i.standard(),
            i.limitValue(),
            i.accessValue(),
            i.advancedValue(),
            i.gradeLabel(),
            i.distanceToAdvanced(),
            i.savingTce(),
            i.policyLevelLabel(),
            i.percentile(),
            i.peers(),
            d == null ? null : d.excluded(),
            d == null ? null : d.best(),
            d == null ? null : d.median(),
            i.complete() ? "是" : "否"
          });
    }
    return write(
        "能效指标",
        "能效指标 " + unit.name() + " " + unit.creditCode() + " " + unit.period(),
        List.of(
            "指标",
            "单位",
            "数值",
            "产量/产值",
            "标准",
            "限定值",
            "准入值",
            "先进值",
            "等级",
            "与先进值差距",
            "节能潜力(tce)",
            "政策水平",
            "同行百分位",
            "同行数",
            "剔除数",
            "最优值",
            "中位数",
            "数据完整"),
        rows);
  }

  /** Benchmarks: each indicator's units in the caller's scope, or its own position. */
  public static byte[] benchmarks(List<Benchmark> benchmarks) {
    List<Object[]> rows = new ArrayList<>();
    String period = "";
    for (Benchmark b : benchmarks) {
      period = b.period();
      Distribution d = b.distribution();
      rows.add(
          new Object[] {
            b.name(),
            b.unit(),
            "分布",
            null,
            null,
            d.peers(),
            d.excluded(),
            d.best(),
            d.q1(),
            d.median(),
            d.q3(),
            d.worst(),
            null,
            null
          });
      for (PeerUnit u : b.units()) {
        rows.add(
            new Object[] {
              b.name(),
              b.unit(),
              u.creditCode(),
              u.name(),
              u.regionCode(),
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              u.value(),
              u.percentile()
            });
      }
      if (b.own() != null) {
        rows.add(
            new Object[] {
              b.name(),
              b.unit(),
              "本单位",
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              b.own().value(),
              b.own().percentile()
            });
      }
    }
    return write(
        "能效对标",
        "能效对标 " + period,
        List.of(
            "指标",
            "单位",
            "统一社会信用代码",
            "名称",
            "地区",
            "同行数",
            "剔除数",
            "最优值",
            "下四分位",
            "中位数",
            "上四分位",
            "最差值",
            "数值",
            "同行百分位"),
        rows);
  }

  /** The regional evaluation: the ranking, then the watch-list. */
  public static byte[] regions(RegionalEvaluation.Evaluation evaluation) {
    List<Object[]> rows = new ArrayList<>();
    for (RegionalEvaluation.RegionEvaluation r : evaluation.regions()) {
      rows.add(
          new Object[] {
            r.rank(),
            r.code(),
            r.name(),
            r.score(),
            r.intensity(),
            r.intensityChange(),
            r.units(),
            r.advancedShare(),
            r.overLimitShare(),
            r.completeShare(),
            String.join(";", r.watch())
          });
    }
    rows.add(new Object[] {});
    rows.add(new Object[] {"重点关注", "代码", "名称", "地区", "规则", "说明"});
    for (RegionalEvaluation.WatchEntry w : evaluation.watchList()) {
      rows.add(new Object[] {w.kind(), w.code(), w.name(), w.regionCode(), w.rule(), w.detail()});
    }
    return write(
        "区域能效评价",
        "区域能效评价 " + evaluation.level() + " " + evaluation.period(),
        List.of(
            "排名",
            "地区代码",
            "地区",
            "得分",
            "单位增加值能耗(tce/万元)",
            "同比变化",
            "单位数",
            "先进值占比",
            "超限占比",
            "数据完整占比",
            "重点关注规则"),
        rows);
  }

  /** Published leader lists: one row per leader. */
  public static byte[] leaders(List<EfficiencyLeaders.LeaderList> lists) {
    List<Object[]> rows = new ArrayList<>();
    for (EfficiencyLeaders.LeaderList l : lists) {
      for (EfficiencyLeaders.Entry e : l.entries()) {
        rows.add(
            new Object[] {
              l.year(),
              l.name(),
              l.unit(),
              l.version(),
              e.rank(),
              e.creditCode(),
              e.unitName(),
              e.regionCode(),
              e.value(),
              e.grade()
            });
      }
    }
    return write(
        "能效领跑者",
        "能效领跑者名单",
        List.of("年度", "指标", "单位", "版本", "名次", "统一社会信用代码", "名称", "地区", "数值", "等级"),
        rows);
  }

  private static byte[] write(
      String sheetName, String title, List<String> header, List<Object[]> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(sheetName);
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle strong = workbook.createCellStyle();
      strong.setFont(bold);
      Cell titleCell = sheet.createRow(0).createCell(0);
      titleCell.setCellValue(title);
      titleCell.setCellStyle(strong);
      Row head = sheet.createRow(2);
      for (int c = 0; c < header.size(); c++) {
        Cell cell = head.createCell(c);
        cell.setCellValue(header.get(c));
        cell.setCellStyle(strong);
      }
      int r = 3;
      for (Object[] values : rows) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < values.length; c++) {
          Object v = values[c];
          if (v instanceof BigDecimal n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else if (v instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else if (v != null) {
            row.createCell(c).setCellValue(v.toString());
          }
        }
      }
      for (int c = 0; c < header.size(); c++) {
        sheet.setColumnWidth(c, 16 * 256);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
