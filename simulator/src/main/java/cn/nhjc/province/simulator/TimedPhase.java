package cn.nhjc.province.simulator;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The timed part of the benchmark: all uploads sent by {@code concurrency} clients, one upload per
 * request; once the last is answered, the database is polled every 250 ms until every acknowledged
 * point is committed.
 */
final class TimedPhase {

  private static final long POLL_MILLIS = 250;
  private static final int FAILURES_PRINTED = 20;

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
      long generatorCpuNanos) {}

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

  TimedPhase(List<PreparedUpload> uploads, String baseUrl, int concurrency) {
    this.uploads = uploads;
    this.baseUrl = baseUrl;
    this.concurrency = concurrency;
    this.latencies = new long[uploads.size()];
  }

  Outcome run(IngestionProbe probe, long totalPoints, Duration drainTimeout)
      throws SQLException, InterruptedException {
    long rowsBefore = probe.count(null);
    OffsetDateTime runStart = probe.databaseNow();
    CountDownLatch sent = new CountDownLatch(concurrency);
    long cpuBefore = processCpuNanos();
    long start = System.nanoTime();
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
        generatorCpu);
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
      for (int i = next.getAndIncrement(); i < uploads.size(); i = next.getAndIncrement()) {
        PreparedUpload upload = uploads.get(i);
        long before = System.nanoTime();
        String failure = null;
        try {
          FepAnswer answer = fep.send(upload.body());
          if (answer.accepted()) {
            ackedPoints.addAndGet(upload.items());
          } else {
            failure = answer.message();
          }
        } catch (IOException e) {
          failure = "I/O: " + e.getMessage();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        long after = System.nanoTime();
        latencies[i] = after - before;
        lastAck.accumulateAndGet(after, Math::max);
        if (failure != null && failures.incrementAndGet() <= FAILURES_PRINTED) {
          System.out.printf(
              "upload %d (%s, %d items) failed: %s%n",
              i, upload.creditCode(), upload.items(), failure);
        }
      }
    } finally {
      fep.close();
      sent.countDown();
    }
  }
}
