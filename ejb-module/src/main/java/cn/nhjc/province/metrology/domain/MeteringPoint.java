package cn.nhjc.province.metrology.domain;

/**
 * A place where a unit must measure an energy: an energy collect item's structure node, level and
 * energy type (GB 17167's 理论需要量 counts one meter per point).
 *
 * @param structureId the node (plant, process, equipment); {@code null} for the unit as a whole
 * @param level 1 进出用能单位 (the plant), 2 主要次级用能单位 (a process or process unit), 3 主要用能设备
 */
public record MeteringPoint(Long structureId, int level, String energyTypeCode) {

  /** The level of a protocol scope: plant 1, process and process unit 2, equipment 3. */
  public static int levelOfScope(int scope) {
    return switch (scope) {
      case 1 -> 1;
      case 2, 3 -> 2;
      case 4 -> 3;
      default -> throw new IllegalArgumentException("scope must be 1 to 4: " + scope);
    };
  }
}
