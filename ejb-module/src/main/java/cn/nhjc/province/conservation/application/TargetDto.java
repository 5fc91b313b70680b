package cn.nhjc.province.conservation.application;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One revision of a holder's target. Totals in tce; intensities in tce per 10,000 yuan of value
 * added.
 *
 * @param allocatedBy the region that allocated it (the province for a city, the city for a county
 *     or a unit); {@code null} for the province's own
 * @param status draft, issued, or replaced (an issued revision a later one replaced)
 */
public record TargetDto(
    long id,
    String level,
    String holderCode,
    String holderName,
    String kind,
    String term,
    int year,
    int baseYear,
    BigDecimal baseValue,
    BigDecimal targetValue,
    String allocatedBy,
    int revision,
    String status,
    String recordedBy,
    Instant recordedAt,
    String issuedBy,
    Instant issuedAt,
    String note) {}
