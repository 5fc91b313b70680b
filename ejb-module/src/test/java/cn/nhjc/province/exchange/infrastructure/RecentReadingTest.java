package cn.nhjc.province.exchange.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentReadingTest {
  private static final Duration PERIOD = Duration.ofSeconds(5);

  private final AtomicLong now = new AtomicLong(1_000);
  private final AtomicInteger reads = new AtomicInteger();
  private volatile boolean failing;

  private final RecentReading<Integer> reading =
      new RecentReading<>(
          "a counter",
          () -> {
            int read = reads.incrementAndGet();
            if (failing) {
              throw new IllegalStateException("away");
            }
            return Optional.of(read);
          },
          PERIOD,
          now::get);

  @Test
  void the_first_ask_reads_and_asks_within_the_period_get_that_reading() {
    assertEquals(Optional.of(1), reading.get());
    now.addAndGet(PERIOD.toNanos() - 1);
    assertEquals(Optional.of(1), reading.get());
    assertEquals(1, reads.get());
  }

  @Test
  void once_the_period_is_over_the_next_ask_reads_again() {
    reading.get();
    now.addAndGet(PERIOD.toNanos());
    assertEquals(Optional.of(2), reading.get());
    assertEquals(2, reads.get());
  }

  @Test
  void a_failed_reading_is_empty_and_kept_for_the_period_too() {
    failing = true;
    assertEquals(Optional.empty(), reading.get());
    failing = false;
    assertEquals(Optional.empty(), reading.get());
    assertEquals(1, reads.get());
    now.addAndGet(PERIOD.toNanos());
    assertEquals(Optional.of(2), reading.get());
  }
}
