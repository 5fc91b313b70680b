package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.it.Fep.Device;
import cn.nhjc.province.it.Fep.Item;
import cn.nhjc.province.it.TestUnits.Unit;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The platform's meters in Prometheus' text format on the management interface's {@code /metrics}
 * (WildFly's micrometer subsystem, configure-70-metrics.cli): uploads count on their lane when
 * accepted and when stored, refusals by category, and the gauges are there with numbers.
 */
class MetricsIT extends PlatformClientTest {
  private static final URI METRICS = URI.create("http://localhost:9990/metrics");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  /** One sample line: {@code name{label="value",…} number}. */
  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)$");

  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  private record Sample(String name, Map<String, String> labels, double value) {}

  private static List<Sample> scrape() throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(METRICS).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), "GET " + METRICS);
    List<Sample> samples = new ArrayList<>();
    for (String line : response.body().split("\n")) {
      Matcher sample = SAMPLE.matcher(line.strip());
      if (line.startsWith("#") || !sample.matches()) {
        continue;
      }
      Map<String, String> labels = new HashMap<>();
      if (sample.group(2) != null) {
        Matcher label = LABEL.matcher(sample.group(2));
        while (label.find()) {
          labels.put(label.group(1), label.group(2));
        }
      }
      samples.add(new Sample(sample.group(1), labels, number(sample.group(3))));
    }
    return samples;
  }

  private static double number(String text) {
    return switch (text) {
      case "+Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(text);
    };
  }

  /** The samples of a name with a label of the given value (any label when {@code key} is null). */
  private static List<Sample> find(List<Sample> samples, String name, String key, String value) {
    Predicate<Sample> wanted =
        sample ->
            sample.name().equals(name) && (key == null || value.equals(sample.labels().get(key)));
    return samples.stream().filter(wanted).toList();
  }

  /** The sum over the deployments of a series; a missing series fails the test. */
  private static double value(List<Sample> samples, String name, String key, String value) {
    List<Sample> found = find(samples, name, key, value);
    assertFalse(found.isEmpty(), name + "{" + key + "=\"" + value + "\"} is not exposed");
    return found.stream().mapToDouble(Sample::value).sum();
  }

  /**
   * Waits until the series has grown by {@code by} since {@code before}: a lane counts a batch as
   * stored right after the transaction that stored it commits.
   */
  private static double awaitGrowth(double before, double by, String name, String key, String value)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    double now = value(scrape(), name, key, value);
    while (now < before + by && System.nanoTime() < deadline) {
      Thread.sleep(200);
      now = value(scrape(), name, key, value);
    }
    return now;
  }

  @Test
  void an_old_day_counts_on_the_catch_up_lane_and_yesterday_on_the_live_lane() throws Exception {
    Unit unit = TestUnits.listed();
    Device device = Fep.register(unit);
    List<Sample> before = scrape();
    Item catchUp = Item.daily(TestUnits.DAILY_ELECTRICITY, TODAY.minusDays(40).toString(), "10");
    Item live = Item.daily(TestUnits.DAILY_GAS, TODAY.minusDays(1).toString(), "20");
    Item liveToo = Item.daily(TestUnits.DAILY_ELECTRICITY, TODAY.minusDays(1).toString(), "30");
    assertEquals("0", Fep.code(Fep.call("uploadEnergyData", Fep.upload(device, catchUp))));
    assertEquals("0", Fep.code(Fep.call("uploadEnergyData", Fep.upload(device, live, liveToo))));
    TestUnits.awaitReadings(unit, 3);

    for (String[] lane : new String[][] {{"catch-up", "1"}, {"live", "2"}}) {
      double points = Double.parseDouble(lane[1]);
      String accepted = "energy_intake_points_accepted_total";
      String stored = "energy_intake_points_stored_total";
      double acceptedBefore = value(before, accepted, "lane", lane[0]);
      double storedBefore = value(before, stored, "lane", lane[0]);
      assertTrue(
          awaitGrowth(acceptedBefore, points, accepted, "lane", lane[0]) >= acceptedBefore + points,
          lane[0] + " accepted");
      assertTrue(
          awaitGrowth(storedBefore, points, stored, "lane", lane[0]) >= storedBefore + points,
          lane[0] + " stored");
      List<Sample> after = scrape();
      assertTrue(
          value(after, "energy_intake_store_duration_seconds_count", "lane", lane[0]) >= 1,
          lane[0] + " store timer");
      assertTrue(value(after, "energy_intake_store_duration_seconds_sum", "lane", lane[0]) > 0);
    }
  }

  @Test
  void a_refusal_counts_under_its_category_and_every_category_is_exposed() throws Exception {
    List<Sample> before = scrape();
    for (String reason :
        List.of(
            "malformed",
            "too-large",
            "unknown-operation",
            "unknown-device",
            "decryption",
            "registration",
            "validation",
            "unavailable")) {
      value(before, "energy_fep_refusals_total", "reason", reason);
    }
    double malformed = value(before, "energy_fep_refusals_total", "reason", "malformed");
    assertEquals(200, Fep.post("uploadEnergyData", "[1]").statusCode());
    double unknownDevice = value(before, "energy_fep_refusals_total", "reason", "unknown-device");
    assertEquals(
        "1",
        Fep.code(
            Fep.call(
                "versionCheck", Fep.JSON.createObjectNode().put("deviceId", "no-such-device"))));

    List<Sample> after = scrape();
    assertTrue(value(after, "energy_fep_refusals_total", "reason", "malformed") >= malformed + 1);
    assertTrue(
        value(after, "energy_fep_refusals_total", "reason", "unknown-device") >= unknownDevice + 1);
  }

  @Test
  void the_queues_dead_letters_and_rollup_lag_are_gauges_with_numbers() throws Exception {
    List<Sample> samples = scrape();
    for (String lane : List.of("live", "catch-up")) {
      assertGauge(samples, "energy_intake_queue_depth", "lane", lane);
      assertGauge(samples, "energy_intake_queue_oldest_age_seconds", "lane", lane);
    }
    assertGauge(samples, "energy_intake_dead_letters", null, null);
    assertGauge(samples, "energy_rollup_lag_seconds", null, null);
    assertGauge(samples, "energy_rollup_backlog_changes", null, null);
  }

  private static void assertGauge(List<Sample> samples, String name, String key, String value) {
    List<Sample> found = find(samples, name, key, value);
    assertFalse(found.isEmpty(), name + " is not exposed");
    for (Sample sample : found) {
      assertFalse(Double.isNaN(sample.value()), name + " could not be read: " + sample);
      assertTrue(sample.value() >= 0, name + " is negative: " + sample);
    }
  }
}
