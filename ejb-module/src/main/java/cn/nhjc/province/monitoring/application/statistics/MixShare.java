package cn.nhjc.province.monitoring.application.statistics;

import java.math.BigDecimal;

/** The share of one group of energies (煤炭, 石油, 天然气, 电力, 热力, 其他) in consumption. */
public record MixShare(String group, String name, BigDecimal consumedTce, BigDecimal share) {}
