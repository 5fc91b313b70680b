package cn.nhjc.province.metrology.application;

import cn.nhjc.province.metrology.domain.ComplianceReport.Verdict;
import java.util.List;

/** A unit's line in a region's or industry's drill-down: its verdict and counts. */
public record UnitSummary(
    String creditCode,
    String name,
    String regionName,
    String industryName,
    int metersInService,
    int belowAccuracy,
    int expired,
    int expiring,
    Verdict verdict,
    List<String> reasons) {}
