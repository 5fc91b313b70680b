package cn.nhjc.province.metrology.application;

import cn.nhjc.province.metrology.domain.ComplianceReport;

/** A unit's GB 17167 compliance report, with the unit's identity and places. */
public record UnitCompliance(
    String creditCode,
    String name,
    String regionCode,
    String regionName,
    String industryCode,
    String industryName,
    ComplianceReport report) {}
