package cn.nhjc.province.exchange.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RefreshingSnapshotTest {
  private static final long SECOND = 1_000_000_000L;

  private final AtomicInteger readings = new AtomicInteger();
  private final Supplier<String> reader = () -> "reading " + readings.incrementAndGet();

  /** Runs the readings only when the test says so, as a busy executor would. */
  private final Queue<Runnable> pending = new ArrayDeque<>();

  private final Executor later = pending::add;

  private void runPending() {
    while (!pending.isEmpty()) {
      pending.poll().run();
    }
  }

  @Test
  void the_lanes_are_read_at_most_once_a_second() {
    RefreshingSnapshot<String> snapshot =
        new RefreshingSnapshot<>(reader, Runnable::run, SECOND, "none");
    assertEquals("reading 1", snapshot.current(0));
    assertEquals("reading 1", snapshot.current(SECOND / 2));
    assertEquals("reading 1", snapshot.current(SECOND - 1));
    assertEquals(1, readings.get());
    assertEquals("reading 2", snapshot.current(SECOND));
    assertEquals(2, readings.get());
  }

  @Test
  void no_request_waits_for_a_reading() {
    RefreshingSnapshot<String> snapshot = new RefreshingSnapshot<>(reader, later, SECOND, "none");
    assertEquals("none", snapshot.current(0));
    assertEquals("none", snapshot.current(1));
    runPending();
    assertEquals("reading 1", snapshot.current(2));
  }

  @Test
  void one_reading_runs_at_a_time_however_many_requests_find_it_due() {
    RefreshingSnapshot<String> snapshot = new RefreshingSnapshot<>(reader, later, SECOND, "none");
    snapshot.current(0);
    runPending();
    for (int request = 0; request < 100; request++) {
      snapshot.current(2 * SECOND + request * SECOND);
    }
    assertEquals(1, pending.size());
    runPending();
    assertEquals("reading 2", snapshot.current(200 * SECOND));
  }

  @Test
  void a_failed_reading_falls_back_until_the_next_one() {
    AtomicInteger calls = new AtomicInteger();
    Supplier<String> failingOnce =
        () -> {
          if (calls.incrementAndGet() == 2) {
            throw new IllegalStateException("the broker is away");
          }
          return "reading " + calls.get();
        };
    RefreshingSnapshot<String> snapshot =
        new RefreshingSnapshot<>(failingOnce, Runnable::run, SECOND, "none");
    assertEquals("reading 1", snapshot.current(0));
    assertEquals("none", snapshot.current(SECOND));
    assertEquals("none", snapshot.current(SECOND + 1));
    assertEquals("reading 3", snapshot.current(2 * SECOND));
  }

  @Test
  void a_refused_reading_is_asked_for_again_after_the_interval() {
    AtomicInteger attempts = new AtomicInteger();
    Executor shuttingDown =
        task -> {
          if (attempts.incrementAndGet() == 1) {
            throw new RejectedExecutionException("shutting down");
          }
          task.run();
        };
    RefreshingSnapshot<String> snapshot =
        new RefreshingSnapshot<>(reader, shuttingDown, SECOND, "none");
    assertEquals("none", snapshot.current(0));
    assertEquals("none", snapshot.current(1));
    assertEquals("reading 1", snapshot.current(SECOND));
  }
}
