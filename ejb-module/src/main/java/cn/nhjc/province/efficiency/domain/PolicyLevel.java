package cn.nhjc.province.efficiency.domain;

import java.math.BigDecimal;

/**
 * Where a unit-product consumption lies against the policy levels of the national list of key
 * industrial areas (能效标杆水平 and 基准水平): at or better than the benchmark level, between the two, or
 * worse than the baseline level (to be upgraded by the list's deadline). Lower is better.
 */
public enum PolicyLevel {
  BENCHMARK("benchmark", "达到标杆水平"),
  BETWEEN("between", "标杆与基准之间"),
  BELOW_BASELINE("below-baseline", "低于基准水平");

  private final String code;
  private final String label;

  PolicyLevel(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /**
   * {@code null} when there is no value, or when the level that decides is not in the data (a value
   * better than the baseline is not placed without a benchmark level, and the reverse).
   */
  public static PolicyLevel of(BigDecimal value, BigDecimal benchmark, BigDecimal baseline) {
    if (value == null) {
      return null;
    }
    if (benchmark != null && value.compareTo(benchmark) <= 0) {
      return BENCHMARK;
    }
    if (baseline != null && value.compareTo(baseline) > 0) {
      return BELOW_BASELINE;
    }
    return benchmark != null && baseline != null ? BETWEEN : null;
  }
}
