package cn.nhjc.province.demo;

import java.time.LocalDate;

/**
 * A metering instrument (GB 17167): level 1 at the unit boundary, 2 per main process. A meter whose
 * calibrationDue lies in the past is overdue; the demo has some on purpose.
 */
public record DemoMeter(
    String structureKey,
    String meterTypeCode,
    String serialNo,
    String name,
    int meterLevel,
    String energyTypeCode,
    String accuracyClass,
    LocalDate calibratedOn,
    LocalDate calibrationDue) {}
