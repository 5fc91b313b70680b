package cn.nhjc.province.conservation.application;

import java.math.BigDecimal;

/**
 * A holder's result in a frozen assessment run.
 *
 * @param version the run's version for its year (a re-run is a new version)
 * @param actual the year's consumption (tce) or intensity, or its year-end projection while the
 *     year is not complete
 * @param completion the domain's c (≥ 1: met)
 * @param grade 超额完成, 完成, 基本完成 or 未完成
 */
public record AssessmentDto(
    int year,
    int version,
    String level,
    String holderCode,
    String holderName,
    String regionCode,
    String kind,
    BigDecimal target,
    BigDecimal base,
    BigDecimal actual,
    BigDecimal completion,
    BigDecimal completionPoints,
    BigDecimal measuresPoints,
    BigDecimal score,
    String grade) {}
