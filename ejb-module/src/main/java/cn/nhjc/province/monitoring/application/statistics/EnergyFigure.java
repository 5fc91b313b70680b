package cn.nhjc.province.monitoring.application.statistics;

import java.math.BigDecimal;

/**
 * One energy type's figures in a period, under the electricity convention stated with them.
 *
 * @param consumed physical amount consumed (inputs), in {@code unit}
 * @param sentOut physical amount sent out of the boundary
 * @param amount net physical amount (consumed − sentOut)
 * @param coefficient kgce per unit that converted it (for a quarter or year the effective one);
 *     {@code null} when the type has no coefficient
 * @param tce net amount in tce
 * @param share its share of the consumed energy (mix), 4 decimals
 * @param basis {@code daily}, {@code monthly}, {@code daily-sum} (a month from its days) or {@code
 *     months}; for groups {@code null}
 * @param units how many units have a figure of this type (1 for a unit)
 */
public record EnergyFigure(
    String energyTypeCode,
    String name,
    String unit,
    String mixGroup,
    BigDecimal consumed,
    BigDecimal sentOut,
    BigDecimal amount,
    BigDecimal coefficient,
    BigDecimal tce,
    BigDecimal share,
    String basis,
    int units) {}
