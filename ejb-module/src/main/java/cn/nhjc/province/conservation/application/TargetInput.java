package cn.nhjc.province.conservation.application;

import java.math.BigDecimal;

/**
 * A target as an official enters it (page, API or a line of an imported file).
 *
 * @param level province, city, county or unit
 * @param holderCode the region code or the unit's credit code
 * @param kind total or intensity
 * @param term annual (default) or five-year
 * @param issue whether the revision is issued at once (otherwise it stays a draft)
 */
public record TargetInput(
    String level,
    String holderCode,
    String kind,
    String term,
    Integer year,
    Integer baseYear,
    BigDecimal baseValue,
    BigDecimal targetValue,
    String note,
    boolean issue) {}
