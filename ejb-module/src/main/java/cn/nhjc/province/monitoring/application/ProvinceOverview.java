package cn.nhjc.province.monitoring.application;

import java.math.BigDecimal;
import java.util.List;

/** The overview for a month: one row per city in the caller's scope, and their total. */
public record ProvinceOverview(
    String provinceCode,
    String provinceName,
    String month,
    List<CityOverviewRow> cities,
    long unitCount,
    BigDecimal tce) {}
