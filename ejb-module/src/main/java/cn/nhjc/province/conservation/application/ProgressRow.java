package cn.nhjc.province.conservation.application;

import java.math.BigDecimal;

/**
 * A target holder's progress in a year, in base units: tce for totals, tce per 10,000 yuan of value
 * added for intensities.
 *
 * @param level province, city, county or unit
 * @param code the region code or the unit's credit code
 * @param regionCode the region itself, or the unit's region
 * @param cityCode the city the holder lies in (the province itself for the province), for the map
 * @param kind total or intensity
 * @param target the issued annual target
 * @param base the target's base value (base year)
 * @param months the complete months of the year with figures
 * @param actualToDate consumption (or intensity) of those months, after the policy exclusions
 * @param expectedToDate the target prorated to date (a total); the target itself (an intensity)
 * @param completion actual to date ÷ target (a total: the share of the year's allowance used; an
 *     intensity: the intensity to date ÷ the target)
 * @param timeElapsed the share of the year's days in its complete months
 * @param forecast the year-end projection (docs/conservation.md), with its interval
 * @param forecastRatio forecast ÷ target
 * @param intensityChange (intensity to date − base) ÷ base, for an intensity target
 * @param warning red, yellow or green; {@code null} without figures
 */
public record ProgressRow(
    String level,
    String code,
    String name,
    String regionCode,
    String cityCode,
    String kind,
    BigDecimal target,
    BigDecimal base,
    int months,
    BigDecimal actualToDate,
    BigDecimal expectedToDate,
    BigDecimal completion,
    BigDecimal timeElapsed,
    BigDecimal forecast,
    BigDecimal forecastLow,
    BigDecimal forecastHigh,
    BigDecimal forecastRatio,
    BigDecimal intensityChange,
    String warning,
    String warningLabel) {}
