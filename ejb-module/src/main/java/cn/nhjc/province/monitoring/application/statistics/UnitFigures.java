package cn.nhjc.province.monitoring.application.statistics;

/**
 * A unit's figures with where it belongs: its region and its GB/T 4754 industry class.
 *
 * @param figures the unit's figures, as {@link Statistics#unit} gives them
 */
public record UnitFigures(
    Figures figures,
    String regionCode,
    String regionName,
    String industryCode,
    String industryName) {}
