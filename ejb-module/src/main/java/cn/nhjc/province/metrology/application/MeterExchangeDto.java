package cn.nhjc.province.metrology.application;

import java.math.BigDecimal;
import java.time.Instant;

/** A recorded meter exchange. */
public record MeterExchangeDto(
    long id,
    long oldMeterId,
    String oldSerialNo,
    long newMeterId,
    String newSerialNo,
    Instant exchangedAt,
    BigDecimal oldFinalReading,
    BigDecimal newFirstReading,
    Instant recordedAt,
    String recordedBy) {}
