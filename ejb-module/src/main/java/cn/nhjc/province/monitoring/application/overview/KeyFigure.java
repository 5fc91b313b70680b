package cn.nhjc.province.monitoring.application.overview;

import java.math.BigDecimal;

/**
 * One key figure of the overview with its comparisons.
 *
 * @param key {@code comprehensiveTce}, {@code electricity}, {@code rawCoal}, {@code naturalGas} or
 *     {@code intensityPerValueAdded}
 * @param unit unit of measure: tce, the energy type's physical unit, or tce/万元
 * @param value the period's figure; {@code null} when nothing was reported (an intensity without
 *     value added)
 * @param sameLastYear the same period a year before
 * @param previousPeriod the period before (day, month, quarter or year)
 * @param yearOnYear change against {@code sameLastYear} in per cent (2 decimals); {@code null} when
 *     either figure is missing or the base is zero
 * @param periodOnPeriod change against {@code previousPeriod} in per cent
 */
public record KeyFigure(
    String key,
    String unit,
    BigDecimal value,
    BigDecimal sameLastYear,
    BigDecimal previousPeriod,
    BigDecimal yearOnYear,
    BigDecimal periodOnPeriod) {}
