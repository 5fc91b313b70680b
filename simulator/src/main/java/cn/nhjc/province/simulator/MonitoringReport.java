package cn.nhjc.province.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The monitoring benchmark's figures as a markdown section: only what was measured. */
final class MonitoringReport {

  private MonitoringReport() {}

  /**
   * One run.
   *
   * @param warmUp the first round, per kind (not in the percentiles of {@code measured})
   * @param wallNanos the measured rounds' wall time
   */
  record Run(
      String at,
      String baseUrl,
      String machine,
      String options,
      int units,
      int monthsWithData,
      List<String> periods,
      Map<String, List<MonitoringBenchCommand.Sample>> warmUp,
      Map<String, List<MonitoringBenchCommand.Sample>> measured,
      long wallNanos) {}

  static String markdown(Run run) {
    StringBuilder md = new StringBuilder();
    md.append("\n### Monitoring API, ").append(run.at()).append("\n\n");
    md.append("- platform: ").append(run.baseUrl()).append('\n');
    md.append("- machine: ").append(run.machine()).append('\n');
    md.append("- options: `").append(run.options()).append("`\n");
    md.append(
        fmt(
            "- data: %,d units in the province's overview; %d of the %d months %s … %s have"
                + " figures%n",
            run.units(),
            run.monthsWithData(),
            run.periods().size(),
            run.periods().get(0),
            run.periods().get(run.periods().size() - 1)));
    int requests = run.measured().values().stream().mapToInt(List::size).sum();
    md.append(
        fmt(
            "- measured: %,d requests in %.1f s (%.1f requests/s), after a warm-up round%n%n",
            requests, run.wallNanos() / 1e9, requests / (run.wallNanos() / 1e9)));
    table(md, run.warmUp(), run.measured());
    return md.append('\n').toString();
  }

  /**
   * The table of times per kind of request, the kinds without answers left out: the measured
   * rounds' server and client percentiles, and the warm-up round's slowest server time.
   */
  static void table(
      StringBuilder md,
      Map<String, List<MonitoringBenchCommand.Sample>> warmUp,
      Map<String, List<MonitoringBenchCommand.Sample>> measured) {
    md.append(
        "| request | n | not 200 | server p50 / p95 / max (ms) | client p50 / p95 / max (ms) |"
            + " warm-up round: server max (ms) |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (Map.Entry<String, List<MonitoringBenchCommand.Sample>> kind : measured.entrySet()) {
      List<MonitoringBenchCommand.Sample> samples = kind.getValue();
      if (samples.isEmpty()) {
        continue;
      }
      md.append(row(kind.getKey(), samples, warmUp.getOrDefault(kind.getKey(), List.of())));
    }
  }

  /**
   * A row of the latency table: the kind, how many answers and how many not 200, the server and
   * client times, and the warm-up's server maximum.
   */
  static String row(
      String kind,
      List<MonitoringBenchCommand.Sample> samples,
      List<MonitoringBenchCommand.Sample> warm) {
    LatencyStats server = new LatencyStats(serverMicros(samples));
    LatencyStats client = new LatencyStats(clientMicros(samples));
    long failed = samples.stream().filter(s -> s.status() != 200).count();
    long untimed = samples.stream().filter(s -> s.serverMillis() == null).count();
    return fmt(
        "| %s | %d | %d | %s | %s | %s |%n",
        kind,
        samples.size(),
        failed,
        untimed == samples.size()
            ? "no Server-Timing header"
            : fmt(
                "%.1f / **%.1f** / %.1f",
                server.percentile(50) / 1e3, server.percentile(95) / 1e3, server.max() / 1e3),
        fmt(
            "%.1f / %.1f / %.1f",
            client.percentile(50) / 1e3, client.percentile(95) / 1e3, client.max() / 1e3),
        warm.isEmpty() ? "n/a" : fmt("%.1f", new LatencyStats(serverMicros(warm)).max() / 1e3));
  }

  /** Server times in microseconds; answers without a timing are left out. */
  static long[] serverMicros(List<MonitoringBenchCommand.Sample> samples) {
    return samples.stream()
        .filter(s -> s.serverMillis() != null)
        .mapToLong(s -> Math.round(s.serverMillis() * 1000))
        .toArray();
  }

  static long[] clientMicros(List<MonitoringBenchCommand.Sample> samples) {
    return samples.stream().mapToLong(s -> s.clientNanos() / 1000).toArray();
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
