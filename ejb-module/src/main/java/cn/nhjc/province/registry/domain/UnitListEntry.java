package cn.nhjc.province.registry.domain;

/**
 * A line of a key-unit list that passed {@link UnitListRules}: codes as the dictionaries spell them
 * and the level as stored in {@code key_unit.unit_level}.
 */
public record UnitListEntry(
    int line,
    String creditCode,
    String name,
    String regionCode,
    String industryCode,
    String unitLevel) {}
