package cn.nhjc.province.platform.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {
  private static final Instant AT = Instant.parse("2026-12-07T08:15:30.123456Z");

  /** A trail of {@code rows} records, chained as the store appends them. */
  private static List<AuditEvent> trail(int rows) {
    List<AuditEvent> events = new ArrayList<>();
    String prev = AuditChain.GENESIS;
    for (int i = 1; i <= rows; i++) {
      AuditEvent event =
          AuditEvent.sealed(
              i,
              new AuditEntry(
                  AT.plusSeconds(i),
                  "admin",
                  "platform-admin",
                  "10.0.0." + i,
                  AuditActions.KEY_ROTATE,
                  "unit 91130271170000011R",
                  i % 3 == 0 ? Outcome.REFUSED : Outcome.SUCCESS,
                  i % 2 == 0 ? null : "detail " + i,
                  null),
              prev);
      events.add(event);
      prev = event.hash();
    }
    return events;
  }

  private static ChainVerification verify(List<AuditEvent> rows) {
    AuditChain.Verifier verifier = new AuditChain.Verifier();
    rows.forEach(verifier::accept);
    return verifier.result();
  }

  private static AuditEvent withDetail(AuditEvent row, String detail) {
    return new AuditEvent(
        row.id(),
        row.at(),
        row.actor(),
        row.roles(),
        row.source(),
        row.action(),
        row.object(),
        row.outcome(),
        detail,
        row.externalId(),
        row.prevHash(),
        row.hash());
  }

  @Test
  void the_hash_is_sm3() {
    // GB/T 32905-2016, appendix A, example 1
    assertEquals(
        "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
        AuditChain.sm3Hex("abc".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void the_canonical_form_writes_each_field_with_its_length_and_tells_null_from_empty() {
    AuditEvent row = trail(1).get(0);
    byte[] canonical = AuditChain.canonical(row);
    // id "1": present, length 1, the digit
    assertArrayEquals(new byte[] {1, 0, 0, 0, 1, '1'}, java.util.Arrays.copyOf(canonical, 6));
    AuditEvent shifted =
        new AuditEvent(
            row.id(),
            row.at(),
            "admi",
            "nplatform-admin",
            row.source(),
            row.action(),
            row.object(),
            row.outcome(),
            row.detail(),
            row.externalId(),
            row.prevHash(),
            null);
    assertFalse(
        java.util.Arrays.equals(canonical, AuditChain.canonical(shifted)),
        "a character moved from one field to the next changes the serialization");
    assertNotEquals(
        AuditChain.hashOf(withDetail(row, null)),
        AuditChain.hashOf(withDetail(row, "")),
        "an empty detail is not a missing one");
  }

  @Test
  void the_time_is_hashed_to_the_microsecond_as_the_database_keeps_it() {
    AuditEntry entry =
        new AuditEntry(
            Instant.parse("2026-12-07T08:15:30.123456789Z"),
            "a",
            null,
            null,
            "x",
            null,
            Outcome.SUCCESS,
            null,
            null);
    assertEquals(Instant.parse("2026-12-07T08:15:30.123456Z"), entry.at());
    assertEquals(1_796_631_330_123_456L, AuditChain.micros(entry.at()));
  }

  @Test
  void a_sealed_trail_verifies() {
    ChainVerification result = verify(trail(5));
    assertTrue(result.valid());
    assertEquals(5, result.rows());
    assertNull(result.firstBroken());
    assertEquals(5L, result.lastId());
    assertEquals(trail(5).get(4).hash(), result.lastHash());
  }

  @Test
  void an_empty_trail_is_valid() {
    ChainVerification result = verify(List.of());
    assertTrue(result.valid());
    assertEquals(0, result.rows());
    assertNull(result.lastHash());
  }

  @Test
  void a_changed_field_breaks_the_chain_at_its_row() {
    List<AuditEvent> rows = trail(5);
    rows.set(2, withDetail(rows.get(2), "nothing happened"));
    ChainVerification result = verify(rows);
    assertFalse(result.valid());
    assertEquals(3L, result.firstBroken());
    assertEquals(5, result.rows(), "the verification reads on to the end");
  }

  @Test
  void a_changed_row_with_its_hash_recomputed_breaks_the_link_of_the_next() {
    List<AuditEvent> rows = trail(5);
    AuditEvent forged = withDetail(rows.get(2), "nothing happened");
    rows.set(2, forged.withHash(AuditChain.hashOf(forged)));
    ChainVerification result = verify(rows);
    assertFalse(result.valid());
    assertEquals(4L, result.firstBroken());
  }

  @Test
  void a_deleted_row_is_found_as_the_first_missing_id() {
    List<AuditEvent> rows = trail(6);
    rows.remove(3); // id 4
    rows.remove(3); // id 5
    ChainVerification result = verify(rows);
    assertFalse(result.valid());
    assertEquals(4L, result.firstBroken());
    assertEquals("rows 4 to 5 are missing", result.reason());
  }

  @Test
  void a_deleted_row_renumbered_away_is_found_by_its_broken_link() {
    List<AuditEvent> rows = trail(4);
    AuditEvent third = rows.get(2);
    rows.remove(1); // id 2, and id 3 takes its number
    rows.set(
        1,
        new AuditEvent(
            2,
            third.at(),
            third.actor(),
            third.roles(),
            third.source(),
            third.action(),
            third.object(),
            third.outcome(),
            third.detail(),
            third.externalId(),
            third.prevHash(),
            third.hash()));
    ChainVerification result = verify(rows);
    assertFalse(result.valid());
    assertEquals(2L, result.firstBroken());
  }

  @Test
  void a_trail_without_its_first_row_does_not_start_the_chain() {
    List<AuditEvent> rows = trail(3);
    rows.remove(0);
    ChainVerification result = verify(rows);
    assertFalse(result.valid());
    assertEquals(1L, result.firstBroken());
  }

  @Test
  void a_prev_hash_that_is_no_hash_breaks_the_chain_without_failing_the_verification() {
    List<AuditEvent> rows = trail(2);
    AuditEvent second = rows.get(1);
    rows.set(
        1,
        new AuditEvent(
            2,
            second.at(),
            second.actor(),
            second.roles(),
            second.source(),
            second.action(),
            second.object(),
            second.outcome(),
            second.detail(),
            second.externalId(),
            "not a hash",
            second.hash()));
    assertEquals(2L, verify(rows).firstBroken());
  }

  @Test
  void texts_are_cut_to_their_columns_and_lose_nul() {
    AuditEntry entry =
        new AuditEntry(
            AT,
            "a\0b",
            null,
            null,
            "x",
            "o".repeat(AuditEntry.MAX_OBJECT + 10),
            Outcome.FAILED,
            "d".repeat(AuditEntry.MAX_DETAIL - 1) + "\uD83D\uDE00",
            null);
    assertEquals("a\uFFFDb", entry.actor());
    assertEquals(AuditEntry.MAX_OBJECT, entry.object().length());
    assertEquals(
        AuditEntry.MAX_DETAIL - 1, entry.detail().length(), "a surrogate pair is not split");
  }
}
