package cn.nhjc.province.metrology.application;

/** A dictionary entry for a form's choice: its code and name. */
public record CodeName(String code, String name) {}
