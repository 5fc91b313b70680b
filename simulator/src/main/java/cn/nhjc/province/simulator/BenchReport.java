package cn.nhjc.province.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The benchmark's figures as a markdown block, with the machine they were measured on. */
final class BenchReport {

  private BenchReport() {}

  /** Everything the report states besides the timed outcome. */
  record Setup(
      String title,
      boolean backlogOnly,
      int units,
      int days,
      String firstDay,
      String lastDay,
      int concurrency,
      String baseUrl,
      long points,
      List<PreparedUpload> uploads) {}

  /** How the uploads arrived: spread over a time, and re-sent after a delay when refused. */
  record Arrivals(java.time.Duration spread, java.time.Duration resendAfter) {}

  static String markdown(Setup setup, TimedPhase.Outcome outcome, double copyRowsPerSecond) {
    return markdown(
        setup, outcome, copyRowsPerSecond, new Arrivals(java.time.Duration.ZERO, null), null, 0);
  }

  /**
   * @param freshness the lags sampled during the timed phase, or null when none were
   * @param unanswered the seconds the sampler got no figures
   */
  static String markdown(
      Setup setup,
      TimedPhase.Outcome outcome,
      double copyRowsPerSecond,
      Arrivals arrivals,
      List<FreshnessSampler.Sample> freshness,
      int unanswered) {
    LatencyStats latency = new LatencyStats(outcome.latencyNanos());
    int[] sizes = setup.uploads().stream().mapToInt(PreparedUpload::items).sorted().toArray();
    double ackSeconds = seconds(outcome.lastAckNanos() - outcome.startNanos());
    double endToEndSeconds = seconds(outcome.committedNanos() - outcome.startNanos());
    double endToEnd = outcome.timedOut() ? 0 : setup.points() / endToEndSeconds;
    String drain =
        outcome.timedOut()
            ? "timed out (" + outcome.rowsCommitted() + " of " + outcome.ackedPoints() + " rows)"
            : fmt("%.2f s", seconds(outcome.committedNanos() - outcome.lastAckNanos()));

    StringBuilder md = new StringBuilder();
    md.append("### ")
        .append(setup.title())
        .append(" — ")
        .append(BeijingTime.format(BeijingTime.now()));
    md.append(" (Beijing time)\n\n");
    if (setup.backlogOnly()) {
      md.append(
          fmt(
              "**Time to drain a %d-hour backlog of %d units: %s**%n%n",
              setup.days() * 24,
              setup.units(),
              outcome.timedOut() ? "timed out" : fmt("%.1f s", endToEndSeconds)));
    }
    md.append("| | |\n|---|---|\n");
    row(md, "machine", machine());
    row(
        md,
        "parameters",
        fmt(
            "%d units, %d days (%s … %s), concurrency %d, %s",
            setup.units(),
            setup.days(),
            setup.firstDay(),
            setup.lastDay(),
            setup.concurrency(),
            setup.baseUrl()));
    row(md, "points sent", fmt("%,d (acknowledged %,d)", setup.points(), outcome.ackedPoints()));
    row(md, "uploads", fmt("%,d (failed %d)", sizes.length, outcome.failures()));
    row(
        md,
        "arrivals",
        (arrivals.spread().isZero()
                ? "all at once"
                : fmt("first sends spread evenly over %d s", arrivals.spread().toSeconds()))
            + (arrivals.resendAfter() == null
                ? "; a refused upload is not sent again"
                : fmt(
                    "; an upload refused as busy or unavailable, or unanswered, sent again %d s"
                        + " later (%,d re-sends)",
                    arrivals.resendAfter().toSeconds(), outcome.resent())));
    row(md, "upload size (items)", fmt("median %d, max %d", median(sizes), max(sizes)));
    row(md, "rows in range before the run", fmt("%,d", outcome.rowsBefore()));
    row(
        md,
        "ack throughput",
        fmt("%,.0f points/s (%.2f s)", outcome.ackedPoints() / ackSeconds, ackSeconds));
    row(
        md,
        "ack latency p50 / p95 / p99 / max",
        fmt(
            "%d / %d / %d / %d ms",
            ms(latency.percentile(50)),
            ms(latency.percentile(95)),
            ms(latency.percentile(99)),
            ms(latency.max())));
    row(
        md,
        setup.backlogOnly() ? "time to drain (send → all committed)" : "end-to-end",
        outcome.timedOut()
            ? "timed out"
            : fmt("%,.0f points/s (%.2f s)", endToEnd, endToEndSeconds));
    row(md, "drain after the last ack", drain);
    row(
        md,
        "load generator CPU (this process, sending and polling)",
        outcome.timedOut() || endToEndSeconds <= 0
            ? "n/a"
            : fmt(
                "%.1f s, %.2f cores",
                outcome.generatorCpuNanos() / 1e9,
                outcome.generatorCpuNanos() / 1e9 / endToEndSeconds));
    if (freshness != null) {
      row(
          md,
          "oldest acknowledged upload not yet stored, during the load (p50 / p95 / max)",
          lags(freshness.stream().mapToLong(FreshnessSampler.Sample::storeLagMillis).toArray()));
      row(
          md,
          "oldest stored change not yet in the totals, during the load (p50 / p95 / max)",
          lags(freshness.stream().mapToLong(FreshnessSampler.Sample::rollupLagMillis).toArray()));
      row(
          md,
          "freshness samples",
          fmt(
              "%d, one a second from the readiness check (%d seconds without an answer)",
              freshness.size(), unanswered));
    }
    row(md, "COPY ceiling", fmt("%,.0f rows/s", copyRowsPerSecond));
    row(
        md,
        "ratio end-to-end ÷ COPY",
        outcome.timedOut() || copyRowsPerSecond <= 0
            ? "n/a"
            : fmt("%.3f", endToEnd / copyRowsPerSecond));
    return md.append('\n').toString();
  }

  private static String lags(long[] millis) {
    if (millis.length == 0) {
      return "no samples";
    }
    long[] sorted = millis.clone();
    java.util.Arrays.sort(sorted);
    return fmt(
        "%.1f / %.1f / %.1f s",
        nearestRank(sorted, 50) / 1000.0,
        nearestRank(sorted, 95) / 1000.0,
        sorted[sorted.length - 1] / 1000.0);
  }

  private static long nearestRank(long[] sorted, int percentile) {
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  static void append(Path file, String markdown) throws IOException {
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    Files.writeString(
        file,
        markdown,
        java.nio.charset.StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
  }

  static String machine() {
    return fmt(
        "%d CPUs (nproc), %s memory, Java %s (%s)",
        Runtime.getRuntime().availableProcessors(),
        totalMemory(),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"));
  }

  private static String totalMemory() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kib = Long.parseLong(line.replaceAll("\\D", ""));
          return fmt("%.1f GiB", kib / 1024.0 / 1024.0);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: the report says so instead of failing
    }
    return "unknown";
  }

  private static void row(StringBuilder md, String name, String value) {
    md.append("| ").append(name).append(" | ").append(value).append(" |\n");
  }

  private static int median(int[] sorted) {
    return sorted.length == 0 ? 0 : sorted[(sorted.length - 1) / 2];
  }

  private static int max(int[] sorted) {
    return Arrays.stream(sorted).max().orElse(0);
  }

  private static double seconds(long nanos) {
    return Math.max(1e-9, nanos / 1e9);
  }

  private static long ms(long nanos) {
    return Math.round(nanos / 1e6);
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
