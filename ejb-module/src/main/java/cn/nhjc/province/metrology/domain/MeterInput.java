package cn.nhjc.province.metrology.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A meter as an enterprise (or a metrology officer) enters it, by form, API or import line.
 *
 * @param meterTypeCode JJF catalogue code (dictionary 15, {@code meter_types.csv})
 * @param level 1 进出用能单位, 2 主要次级用能单位, 3 主要用能设备
 * @param structureCode the code of the node it is installed at (plant, process, equipment)
 * @param collectItems the dataCodes of the unit's collect items it feeds
 * @param calibrationMonths the calibration/verification period (检定/校准周期), months
 * @param status in-service, spare or retired
 * @param counterCapacity the reading at which its counter rolls over to 0; {@code null} if unknown
 */
public record MeterInput(
    String meterTypeCode,
    String serialNo,
    String name,
    String maker,
    String model,
    String accuracyClass,
    String measuringRange,
    Integer level,
    String structureCode,
    String energyTypeCode,
    List<String> collectItems,
    LocalDate calibratedOn,
    Integer calibrationMonths,
    String calibrationInstitution,
    String certificateNo,
    String status,
    BigDecimal counterCapacity) {

  public MeterInput {
    collectItems = collectItems == null ? List.of() : List.copyOf(collectItems);
  }

  /** A meter with no field given (a request without a body): refused for every missing field. */
  public static MeterInput empty() {
    return new MeterInput(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null);
  }

  /** The day the calibration must be renewed by; {@code null} without a date and a period. */
  public LocalDate calibrationDue() {
    return calibratedOn == null || calibrationMonths == null
        ? null
        : calibratedOn.plusMonths(calibrationMonths);
  }
}
