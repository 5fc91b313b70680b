package cn.nhjc.province.simulator;

import java.util.Arrays;
import java.util.List;

/**
 * Entry point: {@code simulate} (end devices feeding a running platform with live demo data),
 * {@code bench} (the ingestion benchmark) or {@code bench-stats} (the statistics benchmark: month
 * close and freshness of the figures).
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws Exception {
    System.setProperty(
        "java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
    if (args.length == 0) {
      usage();
      System.exit(2);
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    try {
      switch (args[0]) {
        case "simulate" -> SimulateCommand.run(rest);
        case "bench" -> BenchCommand.run(rest);
        case "bench-stats" -> StatsBenchCommand.run(rest);
        case "bench-monitoring" -> MonitoringBenchCommand.run(rest);
        case "bench-efficiency" -> EfficiencyBenchCommand.run(rest);
        case "overload" -> OverloadCommand.run(rest);
        case "bench-targets" -> TargetsBenchCommand.run(rest);
        default -> {
          usage();
          System.exit(2);
        }
      }
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      usage();
      System.exit(2);
    }
  }

  private static void usage() {
    System.err.println(
        """
        usage: Main simulate --units FILE [--base-url URL] [--keycloak URL] [--state DIR] [--limit N] [--speed X]
                             [--start 'yyyy-MM-dd HH:mm:ss'] [--outage-after 6h --outage-length 2h]
                             [--threads N] [--once]
               Main bench --units FILE --jdbc URL [--base-url URL] [--keycloak URL] [--state DIR] [--db-user U]
                          [--db-password P] [--days D] [--concurrency C] [--limit N]
                          [--day-offset K] [--drain-timeout 10m] [--out FILE] [--backlog-only]
                          [--warmup-days N] [--days-per-upload N]
               Main bench-stats --jdbc URL [--base-url URL] [--keycloak URL] [--db-user U]
                                [--db-password P] [--period yyyy-MM] [--close-timeout 60m]
                                [--probes N] [--probe-interval 2s] [--out FILE]
                                [--skip-close] [--skip-freshness]
               Main bench-monitoring [--base-url URL] [--keycloak URL] [--last yyyy-MM]
                                     [--months 13] [--rounds 5] [--concurrency 4] [--out FILE]
               Main bench-efficiency [--base-url URL] [--keycloak URL] [--last yyyy-MM] [--months 13]
                                     [--units 20] [--rounds 5] [--concurrency 4] [--out FILE]
               Main overload --units FILE --jdbc URL [--base-url URL] [--keycloak URL] [--state DIR]
                             [--limit N] [--realtime-twins] [--day-offset K] [--calibrate 3m | --rate R]
                             [--factor 3] [--duration 15m] [--clients 96] [--health-url URL]
                             [--metrics-url URL] [--artemis-dir DIR] [--wildfly-pid PID]
                             [--drain-timeout 45m] [--out FILE]
               Main bench-targets [--base-url URL] [--keycloak URL] [--year yyyy] [--rounds 20]
                                  [--concurrency 4] [--assessment] [--out FILE]""");
  }
}
