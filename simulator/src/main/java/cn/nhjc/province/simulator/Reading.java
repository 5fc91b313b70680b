package cn.nhjc.province.simulator;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One value a device reports: what ({@code dataCode}, {@code statType}), for which period (its
 * start, {@code statDate}) and how it was collected ({@code inputType}, {@code scope}).
 */
public record Reading(
    String dataCode,
    int statType,
    LocalDateTime statDate,
    BigDecimal value,
    String inputType,
    String scope) {}
