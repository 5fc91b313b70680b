package cn.nhjc.province.platform.notice;

import java.util.Objects;

/**
 * A notice to send.
 *
 * @param kind a code of the {@code notice_kind} dictionary ({@code calibration-expired}, …)
 * @param sourceContext the sending context ({@code metrology}, …)
 * @param sourceId the object the notice is about, in that context (a meter's id, …): with the kind,
 *     it keeps a sender from raising the same open notice twice
 */
public record NoticeDraft(
    String kind,
    NoticeSeverity severity,
    String title,
    String body,
    String sourceContext,
    String sourceId,
    NoticeRecipient recipient) {

  static final int TITLE_MAX = 200;
  static final int BODY_MAX = 4000;

  public NoticeDraft {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(recipient, "recipient");
    kind = required(kind, "kind", 32);
    title = required(title, "title", TITLE_MAX);
    body = required(body, "body", BODY_MAX);
    sourceContext = required(sourceContext, "source context", 32);
    sourceId = required(sourceId, "source id", 64);
  }

  private static String required(String value, String what, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a notice's " + what + " is required");
    }
    String text = value.strip();
    if (text.length() > max) {
      throw new IllegalArgumentException(
          "a notice's " + what + " is longer than " + max + " characters");
    }
    return text;
  }
}
