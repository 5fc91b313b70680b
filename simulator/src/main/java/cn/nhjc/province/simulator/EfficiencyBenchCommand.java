package cn.nhjc.province.simulator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code Main bench-efficiency}: server and client times of the efficiency API (a unit's
 * indicators, a product's benchmark) as the province official, over many months, several requests
 * at once; the server's time is its {@code Server-Timing}. Prints numbers; it is not a test.
 */
final class EfficiencyBenchCommand {

  static final Set<String> OPTIONS =
      Set.of(
          "--base-url",
          "--keycloak",
          "--months",
          "--last",
          "--units",
          "--rounds",
          "--concurrency",
          "--out");

  static final String UNIT = "unit indicators";
  static final String BENCHMARK = "product benchmark";

  record Settings(
      String baseUrl,
      String keycloak,
      List<String> periods,
      int units,
      int rounds,
      int concurrency,
      Path out) {

    static Settings parse(List<String> args, LocalDateTime now) {
      Options options = Options.parse(args, OPTIONS, Set.of());
      return new Settings(
          options.text("--base-url", "http://localhost:8080"),
          options.text("--keycloak", "http://localhost:8180"),
          MonitoringBenchCommand.Settings.months(options, now),
          options.positive("--units", 20),
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
          + " --units "
          + units
          + " --rounds "
          + rounds
          + " --concurrency "
          + concurrency;
    }
  }

  private EfficiencyBenchCommand() {}

  /**
   * A round: for each month, the indicators of {@code units} units drawn from the list and the
   * benchmark of every product.
   */
  static List<MonitoringBenchCommand.Call> round(
      List<String> periods,
      List<String> creditCodes,
      Set<String> products,
      int units,
      Random random) {
    List<MonitoringBenchCommand.Call> calls = new ArrayList<>();
    for (String period : periods) {
      for (int i = 0; i < units; i++) {
        String code = creditCodes.get(random.nextInt(creditCodes.size()));
        calls.add(
            new MonitoringBenchCommand.Call(
                UNIT,
                PlatformApi.PROVINCE,
                "/api/v1/efficiency/units/" + code + "?period=" + period));
      }
      for (String product : products) {
        calls.add(
            new MonitoringBenchCommand.Call(
                BENCHMARK,
                PlatformApi.PROVINCE,
                "/api/v1/efficiency/benchmark?product=" + product + "&period=" + period));
      }
    }
    return calls;
  }

  static void run(List<String> args) throws Exception {
    Settings settings = Settings.parse(args, BeijingTime.now());
    PlatformApi api = new PlatformApi(settings.baseUrl(), settings.keycloak());
    String last = settings.periods().get(settings.periods().size() - 1);
    List<String> codes = new ArrayList<>();
    for (int page = 0; ; page++) {
      PlatformApi.Timed answer =
          api.timedGet(PlatformApi.PROVINCE, "/api/v1/units?size=500&page=" + page);
      if (answer.status() != 200) {
        throw new IllegalStateException("the unit list answered HTTP " + answer.status());
      }
      List<String> more = creditCodes(answer.body());
      codes.addAll(more);
      if (more.size() < 500) {
        break;
      }
    }
    if (codes.isEmpty()) {
      throw new IllegalStateException("no unit on the list");
    }
    // the products the units report, from their indicators of the last month
    Set<String> products = new TreeSet<>();
    Random pick = new Random(7);
    for (int i = 0; i < Math.min(200, codes.size()); i++) {
      PlatformApi.Timed answer =
          api.timedGet(
              PlatformApi.PROVINCE,
              "/api/v1/efficiency/units/"
                  + codes.get(pick.nextInt(codes.size()))
                  + "?period="
                  + last);
      if (answer.status() == 200) {
        products.addAll(products(answer.body()));
      }
    }
    System.out.printf(
        "%,d units on the list; products with indicators in %s: %s%n",
        codes.size(), last, products);

    List<MonitoringBenchCommand.Call> warm =
        round(settings.periods(), codes, products, settings.units(), new Random(1));
    System.out.printf("warm-up: one round of %d requests%n", warm.size());
    List<MonitoringBenchCommand.Sample> warmUp =
        MonitoringBenchCommand.execute(api, warm, settings.concurrency(), new Random(1));
    List<MonitoringBenchCommand.Sample> measured = new ArrayList<>();
    long start = System.nanoTime();
    for (int r = 0; r < settings.rounds(); r++) {
      List<MonitoringBenchCommand.Call> calls =
          round(settings.periods(), codes, products, settings.units(), new Random(100 + r));
      measured.addAll(
          MonitoringBenchCommand.execute(api, calls, settings.concurrency(), new Random(200 + r)));
      System.out.printf("round %d of %d done%n", r + 1, settings.rounds());
    }
    long wall = System.nanoTime() - start;
    String markdown =
        markdown(settings, codes.size(), products, group(warmUp), group(measured), wall);
    System.out.print(markdown);
    if (settings.out() != null) {
      BenchReport.append(settings.out(), markdown);
    }
  }

  static Map<String, List<MonitoringBenchCommand.Sample>> group(
      List<MonitoringBenchCommand.Sample> samples) {
    return MonitoringBenchCommand.byKind(samples, List.of(UNIT, BENCHMARK));
  }

  static String markdown(
      Settings settings,
      int units,
      Set<String> products,
      Map<String, List<MonitoringBenchCommand.Sample>> warmUp,
      Map<String, List<MonitoringBenchCommand.Sample>> measured,
      long wallNanos) {
    StringBuilder md = new StringBuilder();
    md.append("\n### Efficiency API, ")
        .append(BeijingTime.format(BeijingTime.now()))
        .append("\n\n");
    md.append("- platform: ").append(settings.baseUrl()).append('\n');
    md.append("- machine: ").append(BenchReport.machine()).append('\n');
    md.append("- options: `").append(settings.describe()).append("`\n");
    md.append(
        fmt(
            "- data: %,d units on the list; products %s; months %s … %s%n",
            units,
            products,
            settings.periods().get(0),
            settings.periods().get(settings.periods().size() - 1)));
    int requests = measured.values().stream().mapToInt(List::size).sum();
    md.append(
        fmt(
            "- measured: %,d requests in %.1f s, after a warm-up round%n%n",
            requests, wallNanos / 1e9));
    MonitoringReport.table(md, warmUp, measured);
    return md.append('\n').toString();
  }

  /** The credit codes of a page of the unit list. */
  static List<String> creditCodes(String body) {
    List<String> codes = new ArrayList<>();
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      for (JsonValue item : reader.readObject().getJsonArray("items")) {
        codes.add(item.asJsonObject().getString("creditCode"));
      }
    }
    return codes;
  }

  /** The product codes of a unit's indicators of kind product. */
  static Set<String> products(String body) {
    Set<String> products = new TreeSet<>();
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      for (JsonValue value : reader.readObject().getJsonArray("indicators")) {
        JsonObject indicator = value.asJsonObject();
        if ("product".equals(indicator.getString("kind", ""))
            && indicator.get("itemCode") instanceof jakarta.json.JsonString code) {
          products.add(code.getString());
        }
      }
    }
    return products;
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
