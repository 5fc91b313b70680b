package cn.nhjc.province.monitoring.application.overview;

import java.math.BigDecimal;

/**
 * A region one level below the overview's region (a city of the province, a county of a city), with
 * what the map and the rankings show of it.
 *
 * @param rank its place under the ranking's order (1 = first); in the overview, by total
 * @param units units with figures in the period
 * @param listedUnits key units registered in the region
 * @param comprehensiveTce comprehensive energy consumption (tce) under the overview's convention
 * @param electricity electricity consumed, physical unit (kWh)
 * @param intensityPerValueAdded tce per 万元 value added of the units that reported it
 * @param yearOnYear change of the total against the same period a year before, per cent
 * @param periodOnPeriod change of the total against the previous period, per cent
 * @param completeness received ÷ expected data points of its units (per cent, 2 decimals) from the
 *     data-quality index; {@code null} while no day or month of the period has been assessed
 */
public record SubRegion(
    int rank,
    String code,
    String name,
    String level,
    int units,
    int listedUnits,
    BigDecimal comprehensiveTce,
    BigDecimal electricity,
    BigDecimal intensityPerValueAdded,
    BigDecimal yearOnYear,
    BigDecimal periodOnPeriod,
    BigDecimal completeness) {}
