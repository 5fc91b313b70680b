package cn.nhjc.province.platform.audit;

import java.util.List;

/** One page of audit records, newest first, with the number of records the query matches. */
public record AuditPage(long total, int page, int size, List<AuditEvent> items) {}
