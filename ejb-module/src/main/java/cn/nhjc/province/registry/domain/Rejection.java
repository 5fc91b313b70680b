package cn.nhjc.province.registry.domain;

/**
 * A line of an imported list that was not taken, and why (Chinese text for the administrator).
 *
 * @param line 1-based line in the file; the header is line 1
 */
public record Rejection(int line, String reason) {}
