package cn.nhjc.province.simulator;

/** A unit ready to upload: registered, with its device and its current configuration. */
public record ProvisionedUnit(UnitRef unit, Device device, UnitConfig config) {}
