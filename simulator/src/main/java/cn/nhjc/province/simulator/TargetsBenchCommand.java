package cn.nhjc.province.simulator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * {@code Main bench-targets}: server and client times of the dual-control progress of a year
 * ({@code GET /api/v1/targets/progress}: every unit and every region as the province official, the
 * units alone, the cities, and all of a city as its official), several officials at once; with
 * {@code --assessment}, also the wall time of the {@code target-assessment} job for the year.
 * Prints numbers; it is not a test.
 */
final class TargetsBenchCommand {

  static final Set<String> OPTIONS =
      Set.of("--base-url", "--keycloak", "--year", "--rounds", "--concurrency", "--out");

  static final String ALL = "progress, every unit and region (province)";
  static final String UNITS = "progress, units (province)";
  static final String CITIES = "progress, cities (province)";
  static final String CITY = "progress, all of a city (city official)";

  static final List<String> KINDS = List.of(ALL, UNITS, CITIES, CITY);

  private TargetsBenchCommand() {}

  static List<MonitoringBenchCommand.Call> round(int year) {
    String base = "/api/v1/targets/progress?year=" + year;
    return List.of(
        new MonitoringBenchCommand.Call(ALL, PlatformApi.PROVINCE, base),
        new MonitoringBenchCommand.Call(UNITS, PlatformApi.PROVINCE, base + "&level=unit"),
        new MonitoringBenchCommand.Call(CITIES, PlatformApi.PROVINCE, base + "&level=city"),
        new MonitoringBenchCommand.Call(CITY, PlatformApi.TANGSHAN_OFFICIAL, base));
  }

  static void run(List<String> args) throws Exception {
    Options options = Options.parse(args, OPTIONS, Set.of("--assessment"));
    int year = options.positive("--year", BeijingTime.now().getYear());
    int rounds = options.positive("--rounds", 20);
    int concurrency = options.positive("--concurrency", 4);
    String baseUrl = options.text("--base-url", "http://localhost:8080");
    PlatformApi api = new PlatformApi(baseUrl, options.text("--keycloak", "http://localhost:8180"));
    Path out = options.has("--out") ? Path.of(options.required("--out")) : null;

    PlatformApi.Timed first =
        api.timedGet(PlatformApi.PROVINCE, "/api/v1/targets/progress?year=" + year);
    if (first.status() != 200) {
      throw new IllegalStateException(
          "the progress of " + year + " answered HTTP " + first.status());
    }
    int holders = rows(first.body());
    System.out.printf("%,d target rows (holders × kinds) in %d%n", holders, year);

    List<MonitoringBenchCommand.Call> workload = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      workload.addAll(round(year));
    }
    List<MonitoringBenchCommand.Sample> warmUp =
        MonitoringBenchCommand.execute(api, workload, concurrency, new Random(1));
    List<MonitoringBenchCommand.Sample> measured = new ArrayList<>();
    long start = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      measured.addAll(
          MonitoringBenchCommand.execute(api, round(year), concurrency, new Random(100 + r)));
    }
    long wall = System.nanoTime() - start;

    Map<String, List<MonitoringBenchCommand.Sample>> byKind =
        MonitoringBenchCommand.byKind(measured, KINDS);
    Map<String, List<MonitoringBenchCommand.Sample>> warm =
        MonitoringBenchCommand.byKind(warmUp, KINDS);

    String assessment = null;
    if (options.has("--assessment")) {
      assessment = assessment(api, year);
    }

    StringBuilder md = new StringBuilder();
    md.append("\n### Dual-control progress, ")
        .append(BeijingTime.format(BeijingTime.now()))
        .append("\n\n");
    md.append("- platform: ").append(baseUrl).append('\n');
    md.append("- machine: ").append(BenchReport.machine()).append('\n');
    md.append(
        fmt(
            "- options: `--year %d --rounds %d --concurrency %d%s`%n",
            year, rounds, concurrency, options.has("--assessment") ? " --assessment" : ""));
    md.append(fmt("- data: %,d target rows (holders × kinds) of %d%n", holders, year));
    md.append(
        fmt(
            "- measured: %,d requests in %.1f s, after a warm-up of %d%n%n",
            measured.size(), wall / 1e9, warmUp.size()));
    MonitoringReport.table(md, warm, byKind);
    if (assessment != null) {
      md.append('\n').append(assessment).append('\n');
    }
    String markdown = md.append('\n').toString();
    System.out.print(markdown);
    if (out != null) {
      BenchReport.append(out, markdown);
    }
  }

  /** Runs the assessment job for the year as the administrator and times it, start to end. */
  static String assessment(PlatformApi api, int year) throws Exception {
    JsonObject started = api.startJob("target-assessment", "year=" + year);
    long id = started.getJsonNumber("executionId").longValue();
    long begin = System.nanoTime();
    String status = "";
    JsonObject execution = started;
    while (!status.equals("COMPLETED") && !status.equals("FAILED")) {
      if (System.nanoTime() - begin > Duration.ofMinutes(30).toNanos()) {
        throw new IllegalStateException("the assessment did not end within 30 minutes");
      }
      Thread.sleep(200);
      execution = api.execution(id);
      status = execution.getString("status", "");
    }
    return fmt(
        "- target-assessment %d: %s, execution %d, %.1f s from start to end as polled (started %s,"
            + " ended %s)",
        year,
        status,
        id,
        (System.nanoTime() - begin) / 1e9,
        execution.getString("startedAt", "?"),
        execution.getString("endedAt", "?"));
  }

  static int rows(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readArray().size();
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
