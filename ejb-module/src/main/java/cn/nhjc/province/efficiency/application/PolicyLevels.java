package cn.nhjc.province.efficiency.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The policy levels of one limit standard's indicator in an edition of the national list
 * (efficiency_policy_level); a level no source gave is {@code null}.
 */
public record PolicyLevels(
    String edition,
    String limitStandard,
    BigDecimal benchmark,
    BigDecimal baseline,
    LocalDate deadline,
    String document,
    String source) {}
