/**
 * The audit trail (安全审计, GB/T 22239-2019 level 2): every sensitive action with its actor, roles,
 * time, source address, object and outcome, appended to {@code audit_event} and chained with SM3 so
 * that a changed or deleted record is found ({@link cn.nhjc.province.platform.audit.AuditTrail}).
 */
package cn.nhjc.province.platform.audit;
