package cn.nhjc.province.metrology.application;

import java.math.BigDecimal;

/**
 * One region's or industry's line of the summary (计量器具配备情况汇总).
 *
 * @param level1Rate configured / required points at level 1 over all its units, percent; {@code
 *     null} without points (likewise level 2, 3)
 * @param accuracyRate meters meeting their required class / meters with a requirement, percent
 * @param expired meters in service whose calibration has expired
 * @param expiring meters in service whose calibration expires within 30 days
 */
public record SummaryRow(
    String code,
    String name,
    int units,
    int unitsWithoutRegistry,
    int compliantUnits,
    int nonCompliantUnits,
    int metersInService,
    BigDecimal level1Rate,
    BigDecimal level2Rate,
    BigDecimal level3Rate,
    int metersAssessed,
    int metersBelowAccuracy,
    BigDecimal accuracyRate,
    int expired,
    int expiring) {}
