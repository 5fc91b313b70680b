package cn.nhjc.province.simulator;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How far behind the province's totals are while a load runs, read once a second from the
 * platform's readiness check: how long the oldest acknowledged upload not yet stored has waited
 * (its {@code intake-lanes} {@code storedBefore}), and how long the oldest stored change not yet in
 * the totals has waited ({@code rollups} {@code oldestAgeMs}). A value is in the totals once it is
 * stored and rolled up, so it waits at most about their sum. The readiness check, not a figure,
 * because while every unit of the province uploads, the totals change all the time and one probe's
 * value cannot be told apart in them.
 */
final class FreshnessSampler implements AutoCloseable {

  /** One reading of the two lags, in milliseconds. */
  record Sample(long storeLagMillis, long rollupLagMillis) {}

  private final URI readiness;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final List<Sample> samples = new ArrayList<>();
  private final Thread thread;
  private volatile boolean stopped;
  private int unanswered;

  FreshnessSampler(URI readiness) {
    this.readiness = readiness;
    this.thread = new Thread(this::run, "freshness-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    while (!stopped) {
      long next = System.nanoTime() + 1_000_000_000L;
      Optional<Sample> sample = sampleNow();
      synchronized (samples) {
        sample.ifPresentOrElse(samples::add, () -> unanswered++);
      }
      long wait = next - System.nanoTime();
      if (wait > 0) {
        try {
          Thread.sleep(wait / 1_000_000);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  private Optional<Sample> sampleNow() {
    try {
      Map<String, JsonObject> checks = Readiness.checks(http, readiness);
      JsonObject lanes = checks.get("intake-lanes");
      JsonObject rollups = checks.get("rollups");
      Long storeLag =
          lanes != null && lanes.containsKey("storedBefore")
              ? Math.max(
                  0,
                  Duration.between(Instant.parse(lanes.getString("storedBefore")), Instant.now())
                      .toMillis())
              : null;
      Long rollupLag =
          rollups != null && rollups.containsKey("oldestAgeMs")
              ? rollups.getJsonNumber("oldestAgeMs").longValue()
              : null;
      return storeLag == null || rollupLag == null
          ? Optional.empty()
          : Optional.of(new Sample(storeLag, rollupLag));
    } catch (java.io.IOException | RuntimeException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** The samples taken so far. */
  List<Sample> samples() {
    synchronized (samples) {
      return List.copyOf(samples);
    }
  }

  /** How many seconds gave no sample (no answer, or an answer without the two figures). */
  int unanswered() {
    synchronized (samples) {
      return unanswered;
    }
  }

  @Override
  public void close() {
    stopped = true;
    thread.interrupt();
  }
}
