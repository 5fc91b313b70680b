package cn.nhjc.province.simulator;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One phase of {@code Main overload}: the calibration (closed loop) or the overload (paced), with
 * the devices' re-sends, the samples taken every {@link #SAMPLE_SECONDS} seconds, and the drain.
 */
final class OverloadRun {

  static final int SAMPLE_SECONDS = 10;

  /** A re-send without {@code Retry-After} (an I/O error, a timeout) waits this long. */
  private static final int DEFAULT_RETRY_SECONDS = 30;

  private static final int FAILURES_PRINTED = 10;

  /** The calibration's result: the rate at which uploads were acknowledged and stored. */
  record Calibration(long uploads, long points, double seconds, long ackP95Millis) {
    double uploadsPerSecond() {
      return uploads / seconds;
    }

    double pointsPerSecond() {
      return points / seconds;
    }
  }

  /** The counters of one sample window, and the server's gauges at its end. */
  record Sample(
      double atSeconds,
      boolean offering,
      long requests,
      long newUploads,
      long accepted,
      long acceptedPoints,
      long busy,
      long rateLimited,
      long invalid,
      long failed,
      long[] latencyNanos,
      long lagging,
      long resendsWaiting,
      long storedPoints,
      ServerGauges.Reading server) {}

  /** The overload phase's result. */
  record Outcome(
      List<Sample> samples,
      double offeredSeconds,
      double backlogSentSeconds,
      double storedSeconds,
      boolean timedOut,
      long phasePoints,
      long storedPoints,
      long invalid) {}

  /** An upload to send, for the how-many-th time, not before a time. */
  private static final class Job implements Delayed {
    final OverloadUploads.Upload upload;
    final int attempt;
    final long dueNanos;

    Job(OverloadUploads.Upload upload, int attempt, long dueNanos) {
      this.upload = upload;
      this.attempt = attempt;
      this.dueNanos = dueNanos;
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed other) {
      return Long.compare(dueNanos, ((Job) other).dueNanos);
    }
  }

  private final OverloadUploads source;
  private final String baseUrl;
  private final IngestionProbe probe;
  private final ServerGauges gauges;
  private final DelayQueue<Job> resends = new DelayQueue<>();

  /** Uploads sent at least once and neither acknowledged nor refused for good. */
  private final AtomicLong unsettled = new AtomicLong();

  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong newUploads = new AtomicLong();
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong acceptedPoints = new AtomicLong();
  private final AtomicLong busy = new AtomicLong();
  private final AtomicLong rateLimited = new AtomicLong();
  private final AtomicLong invalid = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicInteger printed = new AtomicInteger();

  /** The answers' times since the last sample (the calibration takes none: all of its answers). */
  private final List<Long> windowLatencies = new ArrayList<>();

  private volatile boolean offering = true;
  private volatile long lagging;

  OverloadRun(OverloadUploads source, String baseUrl, IngestionProbe probe, ServerGauges gauges) {
    this.source = source;
    this.baseUrl = baseUrl;
    this.probe = probe;
    this.gauges = gauges;
  }

  /**
   * Clients send new uploads as fast as they are answered for {@code length}, then only the
   * re-sends until all are acknowledged; the rate is the uploads acknowledged over the time until
   * all of them were stored.
   */
  Calibration calibrate(int clients, Duration length, Duration drainTimeout)
      throws SQLException, InterruptedException {
    OffsetDateTime since = probeNow();
    long pointsBefore = source.acknowledgedPoints();
    long uploadsBefore = source.acknowledgedUploads();
    long start = System.nanoTime();
    long offerEnd = start + length.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Thread client =
          new Thread(
              () -> {
                try (KeepAliveUploader sender = new KeepAliveUploader(baseUrl)) {
                  while (true) {
                    Job job = resends.poll();
                    if (job == null && System.nanoTime() < offerEnd) {
                      job = fresh();
                    }
                    if (job == null) {
                      if (unsettled.get() == 0) {
                        return;
                      }
                      Thread.sleep(100);
                      continue;
                    }
                    send(sender, job);
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              "overload-calibration-" + i);
      threads.add(client);
      client.start();
    }
    for (Thread client : threads) {
      client.join();
    }
    long points = source.acknowledgedPoints() - pointsBefore;
    long stored = awaitStored(since, points, drainTimeout);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (stored < points) {
      throw new IllegalStateException(
          "the calibration's points were not all stored in " + drainTimeout);
    }
    long[] latencies;
    synchronized (windowLatencies) {
      latencies = windowLatencies.stream().mapToLong(Long::longValue).toArray();
    }
    return new Calibration(
        source.acknowledgedUploads() - uploadsBefore,
        points,
        seconds,
        new LatencyStats(latencies).percentile(95) / 1_000_000);
  }

  /**
   * Offers {@code rate} requests a second for {@code length} (each a due re-send, else a new
   * upload), then the re-sends alone at that pace until every upload is acknowledged, then waits
   * until every acknowledged point is stored.
   */
  Outcome overload(double rate, Duration length, int clients, Duration drainTimeout)
      throws SQLException, InterruptedException {
    OffsetDateTime since = probeNow();
    long pointsBefore = source.acknowledgedPoints();
    BlockingQueue<Job> work = new LinkedBlockingQueue<>();
    List<Sample> samples = new ArrayList<>();
    long start = System.nanoTime();
    Thread sampler = sampler(samples, start, since, work);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Thread client =
          new Thread(
              () -> {
                try (KeepAliveUploader sender = new KeepAliveUploader(baseUrl)) {
                  while (true) {
                    Job job = work.poll(200, TimeUnit.MILLISECONDS);
                    if (job == null) {
                      if (Thread.currentThread().isInterrupted()) {
                        return;
                      }
                      continue;
                    }
                    send(sender, job);
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              "overload-client-" + i);
      threads.add(client);
      client.start();
    }
    long interval = (long) (1e9 / rate);
    long offerEnd = start + length.toNanos();
    long next = start;
    long lastSettled = -1;
    boolean timedOut = false;
    while (true) {
      long wait = next - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      next += interval;
      Job job = resends.poll();
      boolean inOffer = System.nanoTime() < offerEnd;
      if (job == null && inOffer) {
        job = fresh();
      }
      if (job != null) {
        work.add(job);
      }
      lagging = work.size();
      if (!inOffer) {
        offering = false;
        if (unsettled.get() == 0 && work.isEmpty()) {
          lastSettled = System.nanoTime();
          break;
        }
        if (System.nanoTime() - offerEnd > drainTimeout.toNanos()) {
          timedOut = true;
          break;
        }
      }
    }
    for (Thread client : threads) {
      client.interrupt();
    }
    for (Thread client : threads) {
      client.join();
    }
    long points = source.acknowledgedPoints() - pointsBefore;
    long stored = awaitStored(since, points, drainTimeout);
    long storedAt = System.nanoTime();
    sampler.interrupt();
    sampler.join();
    return new Outcome(
        samples,
        (offerEnd - start) / 1e9,
        lastSettled < 0 ? -1 : (lastSettled - offerEnd) / 1e9,
        stored >= points ? (storedAt - offerEnd) / 1e9 : -1,
        timedOut || stored < points,
        points,
        stored,
        invalid.get());
  }

  private Job fresh() throws InterruptedException {
    Job job = new Job(source.next(), 1, 0);
    unsettled.incrementAndGet();
    newUploads.incrementAndGet();
    return job;
  }

  private void send(KeepAliveUploader sender, Job job) {
    long before = System.nanoTime();
    int retryAfter = DEFAULT_RETRY_SECONDS;
    boolean again;
    String failure = null;
    try {
      KeepAliveUploader.Reply reply = sender.send(job.upload.body());
      FepAnswer answer = reply.answer();
      if (reply.status() == 200 && answer != null && answer.accepted()) {
        if (source.acknowledge(job.upload)) {
          accepted.incrementAndGet();
          acceptedPoints.addAndGet(job.upload.items());
        }
        again = false;
      } else if (reply.status() == 200 && answer != null && answer.refusedAsInvalid()) {
        invalid.incrementAndGet();
        failure = answer.message();
        again = false;
      } else {
        if (reply.status() == 503) {
          busy.incrementAndGet();
        } else if (reply.status() == 429) {
          rateLimited.incrementAndGet();
        } else {
          failed.incrementAndGet();
          failure = "HTTP " + reply.status() + (answer == null ? "" : " " + answer.message());
        }
        if (reply.retryAfterSeconds() > 0) {
          retryAfter = reply.retryAfterSeconds();
        }
        again = true;
      }
    } catch (IOException e) {
      failed.incrementAndGet();
      failure = "I/O: " + e.getMessage();
      again = true;
    }
    long after = System.nanoTime();
    requests.incrementAndGet();
    synchronized (windowLatencies) {
      windowLatencies.add(after - before);
    }
    if (failure != null && printed.incrementAndGet() <= FAILURES_PRINTED) {
      System.out.printf(
          "upload %d (%s %s, attempt %d): %s%n",
          job.upload.index(), job.upload.creditCode(), job.upload.day(), job.attempt, failure);
    }
    if (again) {
      resends.add(
          new Job(job.upload, job.attempt + 1, after + TimeUnit.SECONDS.toNanos(retryAfter)));
    } else {
      unsettled.decrementAndGet();
    }
  }

  private Thread sampler(
      List<Sample> samples, long start, OffsetDateTime since, BlockingQueue<Job> work) {
    Thread thread =
        new Thread(
            () -> {
              long[] last = new long[8];
              long next = start;
              try {
                while (!Thread.currentThread().isInterrupted()) {
                  next += TimeUnit.SECONDS.toNanos(SAMPLE_SECONDS);
                  long wait = next - System.nanoTime();
                  if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                  }
                  long[] now = {
                    requests.get(),
                    newUploads.get(),
                    accepted.get(),
                    acceptedPoints.get(),
                    busy.get(),
                    rateLimited.get(),
                    invalid.get(),
                    failed.get()
                  };
                  long[] latencies;
                  synchronized (windowLatencies) {
                    latencies = windowLatencies.stream().mapToLong(Long::longValue).toArray();
                    windowLatencies.clear();
                  }
                  long stored = committed(since);
                  ServerGauges.Reading server = gauges.read();
                  synchronized (samples) {
                    samples.add(
                        new Sample(
                            (System.nanoTime() - start) / 1e9,
                            offering,
                            now[0] - last[0],
                            now[1] - last[1],
                            now[2] - last[2],
                            now[3] - last[3],
                            now[4] - last[4],
                            now[5] - last[5],
                            now[6] - last[6],
                            now[7] - last[7],
                            latencies,
                            Math.max(lagging, work.size()),
                            resends.size(),
                            stored,
                            server));
                  }
                  last = now;
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "overload-sampler");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private long committed(OffsetDateTime since) {
    synchronized (probe) {
      try {
        return probe.committedSince(since);
      } catch (SQLException e) {
        return -1;
      }
    }
  }

  private OffsetDateTime probeNow() throws SQLException {
    synchronized (probe) {
      return probe.databaseNow();
    }
  }

  /** Polls every 250 ms until {@code points} are committed since {@code since}, or the timeout. */
  private long awaitStored(OffsetDateTime since, long points, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    long stored = committed(since);
    while (stored < points && System.nanoTime() < deadline) {
      Thread.sleep(250);
      stored = committed(since);
    }
    return stored;
  }
}
