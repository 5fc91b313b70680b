package cn.nhjc.province.batch.admin;

import java.time.Instant;

/** One execution of a batch job, as the admin page and the API list it. */
public record JobExecutionDto(
    long executionId,
    String jobName,
    String status,
    String exitStatus,
    String parameters,
    Instant createdAt,
    Instant startedAt,
    Instant endedAt) {}
