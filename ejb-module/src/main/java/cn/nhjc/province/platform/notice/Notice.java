package cn.nhjc.province.platform.notice;

import java.time.Instant;

/**
 * A notice as its recipient sees it, with the caller's own read and acknowledged times.
 *
 * @param kindName the kind's name in Chinese; {@code kindNameEn} in English
 * @param closedAt when the sender closed it (its cause is gone); {@code null} while open
 * @param readAt when the caller read it; {@code null} if not yet
 * @param acknowledgedAt when the caller acknowledged it; {@code null} if not yet
 */
public record Notice(
    long id,
    String kind,
    String kindName,
    String kindNameEn,
    NoticeSeverity severity,
    String title,
    String body,
    String sourceContext,
    String sourceId,
    Instant createdAt,
    String sender,
    NoticeRecipient recipient,
    Instant closedAt,
    Instant readAt,
    Instant acknowledgedAt) {

  public boolean open() {
    return closedAt == null;
  }
}
