package cn.nhjc.province.simulator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code Main bench-monitoring}: server and client times of the energy-monitoring API (overview and
 * rankings, as the province official and as a city official) over many periods, several officials
 * at once. Prints numbers; it is not a test.
 */
final class MonitoringBenchCommand {

  static final Set<String> OPTIONS =
      Set.of(
          "--base-url", "--keycloak", "--months", "--last", "--rounds", "--concurrency", "--out");

  static final String PROVINCE_OVERVIEW = "overview, province";
  static final String PROVINCE_RANKINGS = "rankings, province";
  static final String CITY_OVERVIEW = "overview, city official";
  static final String CITY_RANKINGS = "rankings, city official";

  /** The kinds of request, in the report's order. */
  static final List<String> KINDS =
      List.of(PROVINCE_OVERVIEW, PROVINCE_RANKINGS, CITY_OVERVIEW, CITY_RANKINGS);

  static final List<String> MEASURES =
      List.of("total", "intensity", "change", "periodChange", "completeness");

  /** The options, checked. */
  record Settings(
      String baseUrl,
      String keycloak,
      List<String> periods,
      int rounds,
      int concurrency,
      Path out) {

    /**
     * @param now Beijing time now: the default last month is the last complete month before it
     */
    static Settings parse(List<String> args, LocalDateTime now) {
      Options options = Options.parse(args, OPTIONS, Set.of());
      YearMonth last = options.month("--last", YearMonth.from(now).minusMonths(1));
      int months = options.positive("--months", 13);
      List<String> periods = new ArrayList<>();
      for (int i = months - 1; i >= 0; i--) {
        periods.add(last.minusMonths(i).toString());
      }
      return new Settings(
          options.text("--base-url", "http://localhost:8080"),
          options.text("--keycloak", "http://localhost:8180"),
          List.copyOf(periods),
          options.positive("--rounds", 5),
          options.positive("--concurrency", 4),
          options.has("--out") ? Path.of(options.required("--out")) : null);
    }

    String describe() {
      return "--base-url "
          + baseUrl
          + " --keycloak "
          + keycloak
          + " --last "
          + periods.get(periods.size() - 1)
          + " --months "
          + periods.size()
          + " --rounds "
          + rounds
          + " --concurrency "
          + concurrency;
    }
  }

  /** One request of the workload; {@code kind} groups it in the report. */
  record Call(String kind, PlatformApi.Account account, String path) {}

  /** One answer. */
  record Sample(String kind, int status, long clientNanos, Double serverMillis) {}

  private MonitoringBenchCommand() {}

  /**
   * A round: for each period, the province's overview in both conventions and its rankings by each
   * measure, and the city official's overview and rankings of their counties.
   */
  static List<Call> round(List<String> periods) {
    List<Call> calls = new ArrayList<>();
    for (String period : periods) {
      for (String convention : List.of("equivalent", "equal-value")) {
        calls.add(
            new Call(
                PROVINCE_OVERVIEW,
                PlatformApi.PROVINCE,
                "/api/v1/monitoring/overview?period=" + period + "&convention=" + convention));
      }
      for (String by : MEASURES) {
        calls.add(
            new Call(
                PROVINCE_RANKINGS,
                PlatformApi.PROVINCE,
                "/api/v1/monitoring/rankings?period=" + period + "&by=" + by));
      }
      calls.add(
          new Call(
              CITY_OVERVIEW,
              PlatformApi.TANGSHAN_OFFICIAL,
              "/api/v1/monitoring/overview?period=" + period));
      calls.add(
          new Call(
              CITY_RANKINGS,
              PlatformApi.TANGSHAN_OFFICIAL,
              "/api/v1/monitoring/rankings?period=" + period + "&by=intensity&order=asc"));
    }
    return calls;
  }

  static void run(List<String> args) throws Exception {
    Settings settings = Settings.parse(args, BeijingTime.now());
    PlatformApi api = new PlatformApi(settings.baseUrl(), settings.keycloak());

    String lastPeriod = settings.periods().get(settings.periods().size() - 1);
    PlatformApi.Timed first =
        api.timedGet(PlatformApi.PROVINCE, "/api/v1/monitoring/overview?period=" + lastPeriod);
    if (first.status() != 200) {
      throw new IllegalStateException(
          "the province's overview of " + lastPeriod + " answered HTTP " + first.status());
    }
    int units = units(first.body());
    int monthsWithData = 0;
    for (String period : settings.periods()) {
      PlatformApi.Timed answer =
          api.timedGet(PlatformApi.PROVINCE, "/api/v1/monitoring/overview?period=" + period);
      if (answer.status() == 200 && hasTotal(answer.body())) {
        monthsWithData++;
      }
    }
    System.out.printf(
        "%,d units in the province's overview of %s; %d of %d months have figures%n",
        units, lastPeriod, monthsWithData, settings.periods().size());

    List<Call> workload = round(settings.periods());
    System.out.printf("warm-up: one round of %d requests%n", workload.size());
    List<Sample> warmUp = execute(api, workload, settings.concurrency(), new Random(1));
    List<Sample> measured = new ArrayList<>();
    long start = System.nanoTime();
    for (int r = 0; r < settings.rounds(); r++) {
      measured.addAll(execute(api, workload, settings.concurrency(), new Random(100 + r)));
      System.out.printf("round %d of %d done%n", r + 1, settings.rounds());
    }
    long wall = System.nanoTime() - start;

    String markdown =
        MonitoringReport.markdown(
            new MonitoringReport.Run(
                BeijingTime.format(BeijingTime.now()),
                settings.baseUrl(),
                BenchReport.machine(),
                settings.describe(),
                units,
                monthsWithData,
                settings.periods(),
                byKind(warmUp),
                byKind(measured),
                wall));
    System.out.print(markdown);
    if (settings.out() != null) {
      BenchReport.append(settings.out(), markdown);
    }
  }

  /** The calls in a shuffled order, {@code concurrency} at a time. */
  static List<Sample> execute(PlatformApi api, List<Call> calls, int concurrency, Random random)
      throws Exception {
    List<Call> order = new ArrayList<>(calls);
    Collections.shuffle(order, random);
    ConcurrentLinkedQueue<Call> queue = new ConcurrentLinkedQueue<>(order);
    ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int i = 0; i < concurrency; i++) {
        workers.add(
            pool.submit(
                () -> {
                  Call call;
                  while ((call = queue.poll()) != null) {
                    PlatformApi.Timed answer = api.timedGet(call.account(), call.path());
                    samples.add(
                        new Sample(
                            call.kind(),
                            answer.status(),
                            answer.clientNanos(),
                            answer.serverMillis()));
                  }
                  return null;
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return new ArrayList<>(samples);
  }

  static Map<String, List<Sample>> byKind(List<Sample> samples) {
    return byKind(KINDS, samples);
  }

  /** The samples by kind: the kinds named first, in their order, even when none came. */
  static Map<String, List<Sample>> byKind(List<String> order, List<Sample> samples) {
    Map<String, List<Sample>> kinds = new LinkedHashMap<>();
    for (String kind : order) {
      kinds.put(kind, new ArrayList<>());
    }
    for (Sample sample : samples) {
      kinds.computeIfAbsent(sample.kind(), k -> new ArrayList<>()).add(sample);
    }
    return kinds;
  }

  /** Whether the overview has a comprehensive tce above zero. */
  static boolean hasTotal(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      for (jakarta.json.JsonValue figure : reader.readObject().getJsonArray("keyFigures")) {
        JsonObject key = figure.asJsonObject();
        if ("comprehensiveTce".equals(key.getString("key", ""))
            && key.get("value") instanceof jakarta.json.JsonNumber value) {
          return value.doubleValue() > 0;
        }
      }
      return false;
    } catch (RuntimeException e) {
      return false;
    }
  }

  static int units(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonObject overview = reader.readObject();
      return overview.getInt("units", 0);
    } catch (RuntimeException e) {
      return 0;
    }
  }
}
