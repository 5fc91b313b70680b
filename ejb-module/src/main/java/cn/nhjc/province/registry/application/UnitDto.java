package cn.nhjc.province.registry.application;

import java.math.BigDecimal;

/** A key unit as lists show it. */
public record UnitDto(
    String creditCode,
    String name,
    String regionCode,
    String regionName,
    String industryCode,
    String industryName,
    String unitLevel,
    BigDecimal annualTce) {}
