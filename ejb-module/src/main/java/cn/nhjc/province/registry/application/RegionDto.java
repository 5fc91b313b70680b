package cn.nhjc.province.registry.application;

/** A region as the API and pages show it. */
public record RegionDto(String code, String name, String level, String parentCode) {}
