package cn.nhjc.province.monitoring.application.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The GB/T 2589 figures of a unit, region or industry for one period.
 *
 * @param kind {@code unit}, {@code region} or {@code industry}
 * @param code credit code, region code or industry code
 * @param level for a region: province, city or county; for an industry: section, division, group or
 *     class; for a unit: its region code
 * @param to the last day of the period
 * @param electricityConvention {@code equivalent} (当量值) or {@code equal-value} (等价值): how
 *     electricity is converted in {@code energies} and {@code comprehensiveTce}
 * @param comprehensiveTce comprehensive energy consumption under that convention
 * @param units units with figures in the period (1 for a unit that reported)
 * @param outputValue 工业总产值 (万元) of the units that reported it
 * @param valueAdded 工业增加值 (万元) of the units that reported it
 * @param intensityPerValueAdded tce per 万元 of value added, over the units that reported it
 * @param products output and unit-product consumption (units only)
 * @param closed whether the statistics job has closed the period
 * @param computedAt when the figures were last recomputed
 */
public record Figures(
    String kind,
    String code,
    String name,
    String level,
    String period,
    String periodType,
    LocalDate from,
    LocalDate to,
    String electricityConvention,
    String electricityConventionLabel,
    List<EnergyFigure> energies,
    List<MixShare> mix,
    BigDecimal comprehensiveTce,
    BigDecimal comprehensiveTceEquivalent,
    BigDecimal comprehensiveTceEqualValue,
    int units,
    BigDecimal outputValue,
    BigDecimal valueAdded,
    BigDecimal intensityPerValueAdded,
    BigDecimal intensityPerOutputValue,
    List<ProductFigure> products,
    boolean closed,
    Instant computedAt) {}
