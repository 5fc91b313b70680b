package cn.nhjc.province.platform.audit;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Which records to list: all of them, or those of one actor, of one action, and from an instant
 * (inclusive) up to one (exclusive).
 */
public record AuditQuery(String actor, String action, Instant from, Instant to)
    implements Serializable {

  /**
   * Where a date alone ({@code 2026-12-07}) is cut into days: the platform's calendar (Beijing).
   */
  public static final ZoneId DATE_ZONE = ZoneId.of("Asia/Shanghai");

  public static final AuditQuery ALL = new AuditQuery(null, null, null, null);

  public AuditQuery {
    actor = blankless(actor);
    action = blankless(action);
    if (from != null && to != null && !from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to");
    }
  }

  /**
   * The query of the API's and the page's parameters. {@code from} and {@code to} are instants
   * ({@code 2026-12-07T08:00:00Z}, {@code 2026-12-07T16:00:00+08:00}) or dates in Beijing time:
   * from a date means from its start, to a date up to its end.
   *
   * @throws IllegalArgumentException for a time that is neither, or a from not before the to
   */
  public static AuditQuery parse(String actor, String action, String from, String to) {
    return new AuditQuery(actor, action, time(from, "from", false), time(to, "to", true));
  }

  static Instant time(String text, String name, boolean endOfDay) {
    String value = blankless(text);
    if (value == null) {
      return null;
    }
    try {
      if (value.length() == 10) {
        LocalDate day = LocalDate.parse(value);
        return (endOfDay ? day.plusDays(1) : day).atStartOfDay(DATE_ZONE).toInstant();
      }
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          name + " must be a date (2026-12-07) or an instant (2026-12-07T08:00:00Z): " + value);
    }
  }

  private static String blankless(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
