package cn.nhjc.province.simulator;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The timed part of the benchmark: all uploads sent by {@code concurrency} clients, one upload per
 * request; once the last is answered, the database is polled every 250 ms until every acknowledged
 * point is committed.
 *
 * <p>With a spread, upload <i>i</i> of <i>n</i> is not sent before <i>i</i>/<i>n</i> of it has
 * passed: devices whose uploads arrive over a few minutes. With a re-send delay, an upload refused
 * for a cause re-sending can cure (the platform busy or away, an I/O error) is sent again after
 * that delay, as a device does (补传), up to {@link #MAX_ATTEMPTS} times; a refusal of its content is
 * final.
 */
final class TimedPhase {

  private static final long POLL_MILLIS = 250;
  private static final int FAILURES_PRINTED = 20;
  static final int MAX_ATTEMPTS = 10;

  /** What the timed phase measured; times are {@link System#nanoTime()} values. */
  record Outcome(
      long startNanos,
      long lastAckNanos,
      long committedNanos,
      boolean timedOut,
      long[] latencyNanos,
      long ackedPoints,
      int failures,
      long rowsBefore,
      long rowsCommitted,
      long generatorCpuNanos,
      int resent) {}

  /** An upload waiting to be sent again. */
  private record Resend(int index, int attempt, long dueNanos) implements Delayed {
    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed other) {
      return Long.compare(dueNanos, ((Resend) other).dueNanos);
    }
  }

  /** Sends one upload's body and reads the answer. */
  private interface Sender extends AutoCloseable {
    FepAnswer send(byte[] body) throws IOException, InterruptedException;

    @Override
    default void close() {}
  }

  private final List<PreparedUpload> uploads;
  private final String baseUrl;
  private final int concurrency;
  private final long[] latencies;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicLong ackedPoints = new AtomicLong();
  private final AtomicInteger failures = new AtomicInteger();
  private final AtomicLong lastAck = new AtomicLong();
  private final Duration spread;
  private final Duration resendAfter;
  private final DelayQueue<Resend> resends = new DelayQueue<>();
  private final AtomicInteger unsettled;
  private final AtomicInteger resent = new AtomicInteger();
  private long startNanos;

  TimedPhase(List<PreparedUpload> uploads, String baseUrl, int concurrency) {
    this(uploads, baseUrl, concurrency, Duration.ZERO, null);
  }

  /**
   * @param spread the time over which the uploads' first sends are spread; zero: all at once
   * @param resendAfter the delay before an upload refused for a curable cause is sent again; null:
   *     never, the refusal counts as a failure
   */
  TimedPhase(
      List<PreparedUpload> uploads,
      String baseUrl,
      int concurrency,
      Duration spread,
      Duration resendAfter) {
    this.uploads = uploads;
    this.baseUrl = baseUrl;
    this.concurrency = concurrency;
    this.latencies = new long[uploads.size()];
    this.spread = spread;
    this.resendAfter = resendAfter;
    this.unsettled = new AtomicInteger(uploads.size());
  }

  Outcome run(IngestionProbe probe, long totalPoints, Duration drainTimeout)
      throws SQLException, InterruptedException {
    long rowsBefore = probe.count(null);
    OffsetDateTime runStart = probe.databaseNow();
    CountDownLatch sent = new CountDownLatch(concurrency);
    long cpuBefore = processCpuNanos();
    long start = System.nanoTime();
    startNanos = start;
    lastAck.set(start);
    List<Thread> clients = new ArrayList<>();
    for (int i = 0; i < concurrency; i++) {
      // a connection of its own per sender, as separate devices would have
      Thread client = new Thread(() -> sendAll(sender(), sent), "bench-client-" + i);
      clients.add(client);
      client.start();
    }
    long committedAt = -1;
    long rows = 0;
    boolean timedOut = false;
    while (true) {
      Thread.sleep(POLL_MILLIS);
      if (sent.getCount() > 0) {
        // nothing can be complete before the last upload is answered: the database is not polled
        // while it is being loaded, so that the measuring does not take from what it measures
        continue;
      }
      rows = probe.committedSince(runStart);
      long now = System.nanoTime();
      if (rows >= totalPoints || rows >= ackedPoints.get()) {
        committedAt = now;
        break;
      }
      if (now - lastAck.get() > drainTimeout.toNanos()) {
        timedOut = true;
        break;
      }
    }
    for (Thread client : clients) {
      client.join();
    }
    long generatorCpu = processCpuNanos() - cpuBefore;
    rows = probe.count(runStart); // the readings themselves, counted once at the end
    return new Outcome(
        start,
        lastAck.get(),
        committedAt,
        timedOut,
        latencies,
        ackedPoints.get(),
        failures.get(),
        rowsBefore,
        rows,
        generatorCpu,
        resent.get());
  }

  /** The keep-alive sender where the base URL allows it (plain http), else the JDK's client. */
  private Sender sender() {
    if (KeepAliveUploader.supports(baseUrl)) {
      KeepAliveUploader uploader = new KeepAliveUploader(baseUrl);
      return new Sender() {
        @Override
        public FepAnswer send(byte[] body) throws IOException {
          return uploader.uploadEnergyData(body);
        }

        @Override
        public void close() {
          uploader.close();
        }
      };
    }
    FepClient fep = new FepClient(baseUrl);
    return fep::uploadEnergyData;
  }

  /** The CPU time this process (the load generator) has used, or 0 where the OS does not say. */
  static long processCpuNanos() {
    return ProcessHandle.current()
        .info()
        .totalCpuDuration()
        .map(java.time.Duration::toNanos)
        .orElse(0L);
  }

  private void sendAll(Sender fep, CountDownLatch sent) {
    try {
      while (unsettled.get() > 0) {
        int first = next.getAndIncrement();
        Resend again = null;
        int index;
        if (first < uploads.size()) {
          index = first;
          awaitTurn(index);
        } else {
          again = resends.poll(100, TimeUnit.MILLISECONDS);
          if (again == null) {
            continue;
          }
          index = again.index();
        }
        send(fep, index, again == null ? 1 : again.attempt());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      fep.close();
      sent.countDown();
    }
  }

  /** Waits until upload {@code index}'s share of the spread has passed. */
  private void awaitTurn(int index) throws InterruptedException {
    if (spread.isZero()) {
      return;
    }
    long due = startNanos + spread.toNanos() / uploads.size() * index;
    long wait = due - System.nanoTime();
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
  }

  private void send(Sender fep, int index, int attempt) throws InterruptedException {
    PreparedUpload upload = uploads.get(index);
    long before = System.nanoTime();
    String failure = null;
    boolean curable = false;
    try {
      FepAnswer answer = fep.send(upload.body());
      if (answer.accepted()) {
        ackedPoints.addAndGet(upload.items());
      } else {
        failure = answer.message();
        curable = !answer.refusedAsInvalid();
      }
    } catch (IOException e) {
      failure = "I/O: " + e.getMessage();
      curable = true;
    }
    long after = System.nanoTime();
    latencies[index] = after - before;
    lastAck.accumulateAndGet(after, Math::max);
    if (failure != null && curable && resendAfter != null && attempt < MAX_ATTEMPTS) {
      resent.incrementAndGet();
      resends.add(new Resend(index, attempt + 1, after + resendAfter.toNanos()));
      return;
    }
    unsettled.decrementAndGet();
    if (failure != null && failures.incrementAndGet() <= FAILURES_PRINTED) {
      System.out.printf(
          "upload %d (%s, %d items) failed: %s%n",
          index, upload.creditCode(), upload.items(), failure);
    }
  }
}
