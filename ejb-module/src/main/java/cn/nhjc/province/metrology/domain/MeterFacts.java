package cn.nhjc.province.metrology.domain;

import java.time.LocalDate;

/**
 * What the compliance rules read of a meter.
 *
 * @param meterKind the kind of its type ({@code meter_types.energyKind}: electricity, gas, …)
 * @param accuracyClass as registered; {@code null} when not
 * @param calibrationDue the day its calibration must be renewed by; {@code null} when none is
 *     registered
 */
public record MeterFacts(
    long id,
    String serialNo,
    String name,
    String meterTypeCode,
    String meterKind,
    int level,
    String energyTypeCode,
    Long structureId,
    String accuracyClass,
    LocalDate calibrationDue,
    MeterStatus status) {

  public boolean inService() {
    return status == MeterStatus.IN_SERVICE;
  }

  /** Whether it stands at a point: same node, level and energy type. */
  public boolean serves(MeteringPoint point) {
    return level == point.level()
        && energyTypeCode != null
        && energyTypeCode.equals(point.energyTypeCode())
        && java.util.Objects.equals(structureId, point.structureId());
  }
}
