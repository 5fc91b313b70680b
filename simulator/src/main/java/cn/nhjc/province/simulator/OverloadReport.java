package cn.nhjc.province.simulator;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;

/** The markdown report of {@code Main overload}: the calibration, a row a minute, the totals. */
final class OverloadReport {

  /** What was run. */
  record Setup(
      int units,
      LocalDate oldestDay,
      LocalDate newestDay,
      double factor,
      double rate,
      Duration duration,
      int clients,
      String baseUrl,
      OffsetDateTime finished) {}

  private static final double MB = 1024.0 * 1024.0;

  private OverloadReport() {}

  static String markdown(
      Setup setup,
      OverloadRun.Calibration calibration,
      OverloadRun.Outcome outcome,
      long acknowledgedPoints,
      long acknowledgedUploads,
      long storedReadings,
      long readingsBefore,
      long processCpuNanos,
      long generatorCpuNanos,
      long starvedNanos) {
    StringBuilder md = new StringBuilder();
    md.append(
        String.format(
            Locale.ROOT,
            "## Overload — %.1f× the sustainable rate for %s (%s)%n%n",
            setup.factor(),
            setup.duration(),
            setup.finished().toLocalDate()));
    md.append(
        String.format(
            Locale.ROOT,
            "%d units, each upload one unit's whole day (15-minute and daily values) of a day of"
                + " its own between %s and %s (the catch-up lane), sent to %s by %d clients over"
                + " kept-alive connections; refused uploads (503 or 429) sent again after their"
                + " `Retry-After`, others after 30 s.%n%n",
            setup.units(),
            setup.oldestDay(),
            setup.newestDay(),
            setup.baseUrl(),
            setup.clients()));
    if (calibration != null) {
      md.append(
          String.format(
              Locale.ROOT,
              "**Sustainable rate** (16 clients sending as fast as answered, then drained): %,d"
                  + " uploads (%,d points) acknowledged and stored in %.1f s: **%.1f uploads/s,"
                  + " %,.0f points/s**; ack p95 %d ms.%n%n",
              calibration.uploads(),
              calibration.points(),
              calibration.seconds(),
              calibration.uploadsPerSecond(),
              calibration.pointsPerSecond(),
              calibration.ackP95Millis()));
    }
    md.append(
        String.format(
            Locale.ROOT,
            "**Offered**: %.1f requests/s (a device's due re-send, else a new upload) for %.0f s."
                + "%n%n",
            setup.rate(),
            outcome.offeredSeconds()));
    md.append(
        "| minute | requests/s | new uploads/s | acknowledged uploads/s | refused busy (503)/s |"
            + " 429/s | failed | answer p50 / p95 / max ms | requests waiting for a client (max) |"
            + " re-sends waiting (end) | stored points/s | heap used MB (max) | WildFly RSS MB"
            + " (max) | Artemis journal / paging MB (end) | catch-up lane waiting / oldest s"
            + " (max) |\n");
    md.append("|" + "---|".repeat(15) + "\n");
    List<OverloadRun.Sample> samples = outcome.samples();
    int perMinute = 60 / OverloadRun.SAMPLE_SECONDS;
    long storedBefore = 0;
    for (int from = 0; from < samples.size(); from += perMinute) {
      List<OverloadRun.Sample> minute =
          samples.subList(from, Math.min(samples.size(), from + perMinute));
      OverloadRun.Sample last = minute.get(minute.size() - 1);
      double seconds = minute.size() * (double) OverloadRun.SAMPLE_SECONDS;
      LatencyStats latency =
          new LatencyStats(
              minute.stream().flatMapToLong(s -> LongStream.of(s.latencyNanos())).toArray());
      long stored = Math.max(last.storedPoints(), storedBefore);
      md.append(
          String.format(
              Locale.ROOT,
              "| %d%s | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %s / %s / %s | %d | %d | %,.0f |"
                  + " %s | %s | %s / %s | %s / %s |%n",
              from / perMinute + 1,
              minute.stream().anyMatch(OverloadRun.Sample::offering) ? "" : " (drain)",
              sum(minute, OverloadRun.Sample::requests) / seconds,
              sum(minute, OverloadRun.Sample::newUploads) / seconds,
              sum(minute, OverloadRun.Sample::accepted) / seconds,
              sum(minute, OverloadRun.Sample::busy) / seconds,
              sum(minute, OverloadRun.Sample::rateLimited) / seconds,
              sum(minute, OverloadRun.Sample::failed),
              millis(latency.percentile(50)),
              millis(latency.percentile(95)),
              millis(latency.max()),
              minute.stream().mapToLong(OverloadRun.Sample::lagging).max().orElse(0),
              last.resendsWaiting(),
              (stored - storedBefore) / seconds,
              mb(max(minute, s -> s.server().heapUsedBytes())),
              mb(max(minute, s -> s.server().residentBytes())),
              mb(last.server().journalBytes()),
              mb(last.server().pagingBytes()),
              count(max(minute, s -> s.server().catchUpWaiting())),
              secondsOf(max(minute, s -> s.server().catchUpOldestMillis()))));
      storedBefore = stored;
    }
    long[] all = samples.stream().flatMapToLong(s -> LongStream.of(s.latencyNanos())).toArray();
    LatencyStats latency = new LatencyStats(all);
    long lost = Math.max(0, acknowledgedPoints - storedReadings);
    long doubled = Math.max(0, storedReadings - acknowledgedPoints);
    md.append('\n');
    md.append(
        String.format(
            Locale.ROOT,
            "- Requests: %,d; refused busy (503) %,d, over the rate limit (429) %,d, refused as"
                + " invalid %,d, failed (I/O, time-out or another status) %,d.%n",
            all.length,
            sum(samples, OverloadRun.Sample::busy),
            sum(samples, OverloadRun.Sample::rateLimited),
            outcome.invalid(),
            sum(samples, OverloadRun.Sample::failed)));
    md.append(
        String.format(
            Locale.ROOT,
            "- Answers: p50 %s, p95 %s, p99 %s, max %s ms.%n",
            millis(latency.percentile(50)),
            millis(latency.percentile(95)),
            millis(latency.percentile(99)),
            millis(latency.max())));
    md.append(
        String.format(
            Locale.ROOT,
            "- Memory: WildFly heap in use at most %s MB, resident at most %s MB; Artemis paging at"
                + " most %s MB, journal at most %s MB.%n",
            mb(max(samples, s -> s.server().heapUsedBytes())),
            mb(max(samples, s -> s.server().residentBytes())),
            mb(max(samples, s -> s.server().pagingBytes())),
            mb(max(samples, s -> s.server().journalBytes()))));
    md.append(
        String.format(
            Locale.ROOT,
            "- Drain: the devices' refused uploads all acknowledged %s s after the offer ended;"
                + " every acknowledged point stored %s s after it%s.%n",
            outcome.backlogSentSeconds() < 0
                ? "—"
                : String.format(Locale.ROOT, "%.1f", outcome.backlogSentSeconds()),
            outcome.storedSeconds() < 0
                ? "—"
                : String.format(Locale.ROOT, "%.1f", outcome.storedSeconds()),
            outcome.timedOut() ? " (**timed out**)" : ""));
    md.append(
        String.format(
            Locale.ROOT,
            "- Acknowledged / stored: %,d uploads, **%,d points acknowledged, %,d readings"
                + " stored** in the run's days (%,d there before); %,d lost, %,d twice.%n",
            acknowledgedUploads,
            acknowledgedPoints,
            storedReadings,
            readingsBefore,
            lost,
            doubled));
    md.append(
        String.format(
            Locale.ROOT,
            "- Load generator CPU: %.0f s in all, %.0f s of it making and encrypting uploads; a new"
                + " upload was not ready when due for %.1f s in all (the offer fell short of its"
                + " rate meanwhile).%n",
            processCpuNanos / 1e9,
            generatorCpuNanos / 1e9,
            starvedNanos / 1e9));
    return md.toString();
  }

  private static long sum(
      List<OverloadRun.Sample> samples,
      java.util.function.ToLongFunction<OverloadRun.Sample> field) {
    return samples.stream().mapToLong(field).sum();
  }

  private static long max(
      List<OverloadRun.Sample> samples,
      java.util.function.ToLongFunction<OverloadRun.Sample> field) {
    return samples.stream().mapToLong(field).max().orElse(-1);
  }

  private static String millis(long nanos) {
    return Long.toString(Math.round(nanos / 1e6));
  }

  private static String mb(long bytes) {
    return bytes < 0 ? "—" : String.format(Locale.ROOT, "%,.0f", bytes / MB);
  }

  private static String count(long value) {
    return value < 0 ? "—" : String.format(Locale.ROOT, "%,d", value);
  }

  private static String secondsOf(long millis) {
    return millis < 0 ? "—" : String.format(Locale.ROOT, "%.1f", millis / 1000.0);
  }
}
