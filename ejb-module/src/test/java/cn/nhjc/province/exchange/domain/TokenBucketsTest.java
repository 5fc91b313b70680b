package cn.nhjc.province.exchange.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenBucketsTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void a_key_gets_a_burst_of_its_limit_then_waits_for_the_refill() {
    TokenBuckets buckets = new TokenBuckets(10);
    for (int i = 0; i < 60; i++) {
      assertEquals(0, buckets.take("10.0.0.1", 60, 0), "request " + i);
    }
    assertEquals(1, buckets.take("10.0.0.1", 60, 0), "the 61st within the minute waits a second");
    assertEquals(0, buckets.take("10.0.0.1", 60, SECOND), "one token back after a second");
    assertEquals(1, buckets.take("10.0.0.1", 60, SECOND));
  }

  @Test
  void the_retry_hint_is_the_time_until_the_next_token() {
    TokenBuckets buckets = new TokenBuckets(10);
    for (int i = 0; i < 6; i++) {
      buckets.take("device", 6, 0);
    }
    assertEquals(10, buckets.take("device", 6, 0), "6 a minute: a token every 10 s");
    assertEquals(5, buckets.take("device", 6, 5 * SECOND));
  }

  @Test
  void keys_are_limited_each_on_their_own() {
    TokenBuckets buckets = new TokenBuckets(10);
    assertEquals(0, buckets.take("a", 1, 0));
    assertTrue(buckets.take("a", 1, 0) > 0);
    assertEquals(0, buckets.take("b", 1, 0));
  }

  @Test
  void zero_means_no_limit() {
    TokenBuckets buckets = new TokenBuckets(10);
    for (int i = 0; i < 1000; i++) {
      assertEquals(0, buckets.take("a", 0, 0));
    }
    assertEquals(0, buckets.size(), "nothing is kept for an unlimited key");
  }

  @Test
  void a_flood_of_new_keys_keeps_memory_bounded() {
    TokenBuckets buckets = new TokenBuckets(1000);
    for (int i = 0; i < 100_000; i++) {
      buckets.take("addr-" + i, 10, i);
    }
    assertTrue(buckets.size() <= 1000, "kept " + buckets.size());
  }

  @Test
  void idle_keys_are_dropped_before_active_ones() {
    TokenBuckets buckets = new TokenBuckets(3);
    buckets.take("idle", 1, 0);
    buckets.take("busy1", 1, 0);
    buckets.take("busy2", 1, 0);
    // a minute later: busy1 and busy2 are spent and seen again, idle is not
    buckets.take("busy1", 1, 61 * SECOND);
    buckets.take("busy2", 1, 61 * SECOND);
    buckets.take("busy1", 1, 61 * SECOND);
    buckets.take("new", 1, 61 * SECOND);
    assertTrue(buckets.take("busy1", 1, 61 * SECOND) > 0, "busy1 is still limited");
  }
}
