package cn.nhjc.province.exchange.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * A month's supply reconciliation for one energy type, as far as the caller's scope reaches; rows
 * by |difference rate|, largest first.
 *
 * @param period yyyy-MM
 */
public record ReconciliationReport(
    String period,
    String energyTypeCode,
    String energyTypeName,
    String unit,
    BigDecimal tolerance,
    int flagged,
    List<ReconciliationRow> rows) {}
