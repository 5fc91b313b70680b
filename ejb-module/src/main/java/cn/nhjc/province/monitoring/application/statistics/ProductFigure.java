package cn.nhjc.province.monitoring.application.statistics;

import java.math.BigDecimal;
import java.util.List;

/**
 * A product's output in a period, and its unit consumption against each standard that grades it.
 */
public record ProductFigure(
    String productCode, String name, String unit, BigDecimal output, List<ProductGrade> grades) {

  /**
   * @param value unit-product consumption in {@code indicatorUnit} (2 decimals); {@code null}
   *     without output
   * @param grade {@code 1}, {@code 2}, {@code 3} or {@code over-limit}
   */
  public record ProductGrade(
      String limitStandard,
      String standard,
      String indicator,
      String indicatorUnit,
      String basis,
      BigDecimal value,
      BigDecimal grade1,
      BigDecimal grade2,
      BigDecimal grade3,
      String grade,
      String gradeLabel) {}
}
