package cn.nhjc.province.metrology.application;

/**
 * A node of a unit's structure a meter may be installed at, with the level it implies.
 *
 * @param level 1 plant, 2 process or process unit, 3 equipment
 */
public record UnitPlace(String code, String name, int scope, int level) {}
