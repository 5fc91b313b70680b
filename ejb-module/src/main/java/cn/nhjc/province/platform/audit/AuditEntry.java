package cn.nhjc.province.platform.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What a record says, before the trail gives it its id and its place in the chain. Texts are cut to
 * their column's length here, so that the stored row is exactly what was hashed; the time is cut to
 * the database's microseconds for the same reason.
 *
 * @param at when the action happened (UTC)
 * @param actor the account (username) that acted
 * @param roles the account's platform roles, comma-separated; {@code null} when not known
 * @param source the address the request came from; {@code null} when there was no request
 * @param action what was done ({@link AuditActions})
 * @param object what it was done to
 * @param detail a short detail: counts, the reason of a refusal, the fault
 * @param externalId the record's id at its source (an imported sign-in event's), kept once
 */
public record AuditEntry(
    Instant at,
    String actor,
    String roles,
    String source,
    String action,
    String object,
    Outcome outcome,
    String detail,
    String externalId) {

  static final int MAX_ACTOR = 256;
  static final int MAX_ROLES = 512;
  static final int MAX_SOURCE = 128;
  static final int MAX_ACTION = 64;
  static final int MAX_OBJECT = 512;
  static final int MAX_DETAIL = 2000;
  static final int MAX_EXTERNAL_ID = 128;

  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(outcome, "outcome");
    at = at.truncatedTo(ChronoUnit.MICROS);
    actor = text(actor, MAX_ACTOR);
    roles = text(roles, MAX_ROLES);
    source = text(source, MAX_SOURCE);
    action = Objects.requireNonNull(text(action, MAX_ACTION), "action");
    object = text(object, MAX_OBJECT);
    detail = text(detail, MAX_DETAIL);
    externalId = text(externalId, MAX_EXTERNAL_ID);
  }

  /**
   * A text as it can be stored: at most {@code max} characters (a pair of surrogates is not split),
   * NUL, which PostgreSQL's text refuses, replaced.
   */
  static String text(String value, int max) {
    if (value == null) {
      return null;
    }
    String cut = value;
    if (cut.length() > max) {
      int end = Character.isHighSurrogate(cut.charAt(max - 1)) ? max - 1 : max;
      cut = cut.substring(0, end);
    }
    return cut.indexOf('\0') < 0 ? cut : cut.replace('\0', '\uFFFD');
  }
}
