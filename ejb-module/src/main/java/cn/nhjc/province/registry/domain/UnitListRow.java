package cn.nhjc.province.registry.domain;

/**
 * One line of a key-unit list (名单) as the file gives it: trimmed text (never null), not yet
 * checked.
 *
 * @param line 1-based line in the file; the header is line 1
 * @param level the unit's management level as written ({@code province}, {@code city}, {@code
 *     national}, their Chinese names, or empty)
 */
public record UnitListRow(
    int line,
    String creditCode,
    String name,
    String regionCode,
    String industryCode,
    String level) {}
