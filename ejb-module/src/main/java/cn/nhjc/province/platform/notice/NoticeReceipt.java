package cn.nhjc.province.platform.notice;

import java.time.Instant;

/** One recipient account's state of a notice: read when, acknowledged when (or not yet). */
public record NoticeReceipt(String account, Instant readAt, Instant acknowledgedAt) {}
