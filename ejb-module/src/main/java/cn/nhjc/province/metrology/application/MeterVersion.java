package cn.nhjc.province.metrology.application;

import java.time.Instant;

/**
 * One stored version of a meter (meter_history): who changed it when, how (create, update, import,
 * exchange), and the meter as it then was (JSON of its row).
 */
public record MeterVersion(
    int version, Instant changedAt, String changedBy, String change, String snapshot) {}
