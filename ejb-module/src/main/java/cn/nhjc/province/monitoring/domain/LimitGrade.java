package cn.nhjc.province.monitoring.domain;

import java.math.BigDecimal;

/**
 * Where a unit-product consumption lies against a national limit standard: grade 1 (先进值), 2, 3 (the
 * limit for existing plants) or over the limit. Lower is better; the value is graded as it is shown
 * (rounded), so a figure shown equal to a grade value is in that grade.
 */
public enum LimitGrade {
  GRADE_1("1", "1级"),
  GRADE_2("2", "2级"),
  GRADE_3("3", "3级"),
  OVER_LIMIT("over-limit", "超限");

  private final String code;
  private final String label;

  LimitGrade(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** {@code null} when there is no value to grade. */
  public static LimitGrade of(
      BigDecimal value, BigDecimal grade1, BigDecimal grade2, BigDecimal grade3) {
    if (value == null) {
      return null;
    }
    if (value.compareTo(grade1) <= 0) {
      return GRADE_1;
    }
    if (value.compareTo(grade2) <= 0) {
      return GRADE_2;
    }
    return value.compareTo(grade3) <= 0 ? GRADE_3 : OVER_LIMIT;
  }
}
