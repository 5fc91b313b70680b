package cn.nhjc.province.monitoring.application.overview;

import cn.nhjc.province.monitoring.application.statistics.EnergyFigure;
import cn.nhjc.province.monitoring.application.statistics.MixShare;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The energy-monitoring overview of a region (Part 9 §4.2.1) for one period: key figures with
 * year-on-year and period-on-period changes, the energy mix, per-fuel statistics and the regions
 * one level below, all read from the rollups.
 *
 * @param level province, city or county
 * @param childLevel the level of {@code subRegions}: city, county, or {@code null} for a county
 * @param sameLastYear the period compared year on year
 * @param previousPeriod the period compared period on period
 * @param completeness received ÷ expected data points of the region's units, per cent
 * @param closed whether the statistics job has closed the period
 * @param computedAt when the region's figures were last updated: the data snapshot
 */
public record Overview(
    String regionCode,
    String regionName,
    String level,
    String childLevel,
    String period,
    String sameLastYear,
    String previousPeriod,
    String electricityConvention,
    String electricityConventionLabel,
    int units,
    List<KeyFigure> keyFigures,
    List<MixShare> mix,
    List<EnergyFigure> energies,
    BigDecimal completeness,
    List<SubRegion> subRegions,
    boolean closed,
    Instant computedAt) {}
