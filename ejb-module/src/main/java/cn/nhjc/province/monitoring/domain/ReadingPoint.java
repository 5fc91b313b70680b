package cn.nhjc.province.monitoring.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One value of one collect item for one period: the unit of storage (protocol §6: one value per
 * unit, dataCode, statType and statDate).
 */
public record ReadingPoint(
    long unitId,
    String dataCode,
    int statType,
    Instant statDate,
    BigDecimal value,
    int inputType,
    int valid) {}
