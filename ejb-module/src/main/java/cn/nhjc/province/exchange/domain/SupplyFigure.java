package cn.nhjc.province.exchange.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A checked supply figure: the customer unit, energy type, period and amount (scale 6). */
public record SupplyFigure(
    long unitId, String energyTypeCode, int statType, Instant statDate, BigDecimal amount) {}
