package cn.nhjc.province.metrology.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A meter of a unit's registry, as the pages and the API show it.
 *
 * @param meterKind the kind of its type (electricity, gas, heat, flow, weight)
 * @param calibrationDue the day its calibration must be renewed by
 * @param calibrationState valid, expiring (within 30 days), expired, or none (no date registered)
 * @param version the meter's version, 1 when created, one more with each change
 */
public record MeterDto(
    long id,
    String meterTypeCode,
    String meterTypeName,
    String meterKind,
    String serialNo,
    String name,
    String maker,
    String model,
    String accuracyClass,
    String measuringRange,
    int level,
    String structureCode,
    String structureName,
    String energyTypeCode,
    String energyTypeName,
    List<String> collectItems,
    LocalDate calibratedOn,
    Integer calibrationMonths,
    LocalDate calibrationDue,
    String calibrationInstitution,
    String certificateNo,
    String status,
    BigDecimal counterCapacity,
    int version,
    Instant updatedAt,
    String updatedBy,
    String calibrationState) {}
