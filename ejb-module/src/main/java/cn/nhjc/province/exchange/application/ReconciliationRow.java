package cn.nhjc.province.exchange.application;

import java.math.BigDecimal;

/**
 * One unit in a month's supply reconciliation: what its suppliers delivered of one energy type and
 * what it reported as purchased, in the energy type's unit.
 *
 * @param difference reported − supplied
 * @param differenceRate difference ÷ supplied; {@code null} when supplied is 0
 * @param flagged whether |rate| exceeds the setting {@code exchange.reconciliation-tolerance} (or
 *     nothing was supplied but something reported)
 */
public record ReconciliationRow(
    String creditCode,
    String unitName,
    String regionCode,
    String regionName,
    BigDecimal supplied,
    BigDecimal reported,
    BigDecimal difference,
    BigDecimal differenceRate,
    boolean flagged) {}
