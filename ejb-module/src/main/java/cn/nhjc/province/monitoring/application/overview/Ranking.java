package cn.nhjc.province.monitoring.application.overview;

import java.util.List;

/**
 * The regions one level below a region ranked by one measure.
 *
 * @param by {@code total}, {@code intensity}, {@code change} (year on year), {@code periodChange}
 *     or {@code completeness}
 * @param order {@code desc} or {@code asc}; regions without the measure come last either way
 */
public record Ranking(
    String regionCode,
    String regionName,
    String level,
    String period,
    String electricityConvention,
    String by,
    String order,
    List<SubRegion> regions) {}
