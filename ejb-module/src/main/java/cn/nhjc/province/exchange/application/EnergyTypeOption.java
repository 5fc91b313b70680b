package cn.nhjc.province.exchange.application;

/** An energy type (dictionary 8) to choose from: code, name and unit of measure. */
public record EnergyTypeOption(String code, String name, String unit) {}
