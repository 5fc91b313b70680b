package cn.nhjc.province.demo;

/** One energy of a unit with its share of the unit's annual tce (shares of a unit sum to 1). */
public record DemoEnergyShare(DemoEnergyType energyType, double tceShare) {}
