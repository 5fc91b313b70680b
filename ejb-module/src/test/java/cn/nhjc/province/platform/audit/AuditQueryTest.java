package cn.nhjc.province.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

  @Test
  void dates_are_whole_days_in_beijing_time() {
    AuditQuery query = AuditQuery.parse(" admin ", "", "2026-12-07", "2026-12-07");
    assertEquals("admin", query.actor());
    assertNull(query.action());
    assertEquals(Instant.parse("2026-12-06T16:00:00Z"), query.from());
    assertEquals(Instant.parse("2026-12-07T16:00:00Z"), query.to());
  }

  @Test
  void instants_are_taken_as_they_are_with_any_offset() {
    AuditQuery query =
        AuditQuery.parse(null, "job.start", "2026-12-07T08:00:00Z", "2026-12-07T18:30:00+08:00");
    assertEquals(Instant.parse("2026-12-07T08:00:00Z"), query.from());
    assertEquals(Instant.parse("2026-12-07T10:30:00Z"), query.to());
  }

  @Test
  void no_filter_is_everything() {
    assertEquals(AuditQuery.ALL, AuditQuery.parse(null, " ", null, ""));
  }

  @Test
  void a_malformed_time_or_an_empty_span_is_the_callers_error() {
    IllegalArgumentException malformed =
        assertThrows(
            IllegalArgumentException.class, () -> AuditQuery.parse(null, null, "yesterday", null));
    assertEquals(
        "from must be a date (2026-12-07) or an instant (2026-12-07T08:00:00Z): yesterday",
        malformed.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> AuditQuery.parse(null, null, "2026-12-08", "2026-12-07"));
    assertThrows(
        IllegalArgumentException.class,
        () -> AuditQuery.parse(null, null, "2026-12-07T08:00:00", null),
        "an instant needs its offset");
  }
}
