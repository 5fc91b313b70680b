package cn.nhjc.province.metrology.application;

/** A collect item of the unit (by dataCode) that a meter may feed, with its energy type. */
public record FeedableItem(
    String dataCode, String name, String energyTypeCode, String structureCode) {}
