package cn.nhjc.province.conservation.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The scoring sheet's rules (settings {@code conservation.assessment.*}).
 *
 * <p>Completion c: a total target, target ÷ actual; an intensity target whose target lies below its
 * base, the reduction achieved ÷ the reduction asked, (base − actual) ÷ (base − target); otherwise
 * target ÷ actual. c ≥ 1 means met. Completion points: {@code completionPoints} × min(1, max(0,
 * c)); the score adds the measures' points (the sheet's other items, entered by officials). A
 * holder that missed its target is 未完成 whatever its score; one that met it is 超额完成, 完成 or 基本完成 by
 * the least scores {@code exceeded}, {@code completed}, {@code basic}, and 未完成 below.
 */
public record AssessmentRules(
    BigDecimal completionPoints, BigDecimal exceeded, BigDecimal completed, BigDecimal basic) {

  private static final MathContext MC = MathContext.DECIMAL64;

  /** A holder's assessment. */
  public record Result(
      BigDecimal completion,
      BigDecimal completionPoints,
      BigDecimal measuresPoints,
      BigDecimal score,
      Grade grade) {}

  /** c, to four decimals; {@code null} when there is no actual figure. */
  public static BigDecimal completion(
      TargetKind kind, BigDecimal base, BigDecimal target, BigDecimal actual) {
    if (actual == null || actual.signum() <= 0) {
      return null;
    }
    BigDecimal c =
        kind == TargetKind.INTENSITY && base.compareTo(target) > 0
            ? base.subtract(actual).divide(base.subtract(target), MC)
            : target.divide(actual, MC);
    return c.setScale(4, RoundingMode.HALF_UP);
  }

  public Result assess(
      TargetKind kind,
      BigDecimal base,
      BigDecimal target,
      BigDecimal actual,
      BigDecimal measuresPoints) {
    BigDecimal c = completion(kind, base, target, actual);
    BigDecimal bounded = c == null ? BigDecimal.ZERO : c.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    BigDecimal points = completionPoints.multiply(bounded).setScale(1, RoundingMode.HALF_UP);
    BigDecimal measures = measuresPoints.setScale(1, RoundingMode.HALF_UP);
    BigDecimal score = points.add(measures);
    Grade grade;
    if (c == null || c.compareTo(BigDecimal.ONE) < 0) {
      grade = Grade.NOT_COMPLETED;
    } else if (score.compareTo(exceeded) >= 0) {
      grade = Grade.EXCEEDED;
    } else if (score.compareTo(completed) >= 0) {
      grade = Grade.COMPLETED;
    } else if (score.compareTo(basic) >= 0) {
      grade = Grade.BASICALLY_COMPLETED;
    } else {
      grade = Grade.NOT_COMPLETED;
    }
    return new Result(c, points, measures, score, grade);
  }
}
