package cn.nhjc.province.monitoring.application;

import java.math.BigDecimal;

/** One city (or province-administered county-level city) on the province overview. */
public record CityOverviewRow(
    String regionCode, String regionName, long unitCount, long reportingUnits, BigDecimal tce) {}
