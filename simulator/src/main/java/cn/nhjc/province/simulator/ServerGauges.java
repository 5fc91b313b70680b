package cn.nhjc.province.simulator;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * What the server shows of itself while a load runs: WildFly's heap in use (its Prometheus
 * metrics), its resident memory ({@code /proc}), the size of the Artemis journal and of its paging
 * store on disk, and the catch-up lane from the readiness check (uploads waiting to be stored, the
 * age of the oldest). A figure that cannot be read is -1.
 */
final class ServerGauges {

  /** One reading of the gauges. */
  record Reading(
      long heapUsedBytes,
      long residentBytes,
      long journalBytes,
      long pagingBytes,
      long catchUpWaiting,
      long catchUpOldestMillis) {}

  private final URI metrics;
  private final URI health;
  private final Path artemis;
  private final long wildFlyPid;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /**
   * @param artemis WildFly's {@code data/activemq} directory ({@code journal}, {@code paging})
   * @param wildFlyPid the server's process, -1 when unknown
   */
  ServerGauges(URI metrics, URI health, Path artemis, long wildFlyPid) {
    this.metrics = metrics;
    this.health = health;
    this.artemis = artemis;
    this.wildFlyPid = wildFlyPid;
  }

  /** The WildFly process on this machine (its command line runs jboss-modules), or -1. */
  static long findWildFly() {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().orElse("").contains("jboss-modules.jar"))
        .mapToLong(ProcessHandle::pid)
        .findFirst()
        .orElse(-1);
  }

  Reading read() {
    long heap = heapUsed();
    long rss = resident();
    long journal = artemis == null ? -1 : size(artemis.resolve("journal"));
    long paging = artemis == null ? -1 : size(artemis.resolve("paging"));
    JsonObject lanes = null;
    if (health != null) {
      try {
        lanes = Readiness.checks(http, health).get("intake-lanes");
      } catch (IOException e) {
        lanes = null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return new Reading(
        heap,
        rss,
        journal,
        paging,
        number(lanes, "catch-up.waiting"),
        number(lanes, "catch-up.oldestAgeMs"));
  }

  private static long number(JsonObject data, String key) {
    return data != null && data.containsKey(key) ? data.getJsonNumber(key).longValue() : -1;
  }

  private long heapUsed() {
    if (metrics == null) {
      return -1;
    }
    try {
      HttpResponse<Stream<String>> answer =
          http.send(
              HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.ofLines());
      try (Stream<String> lines = answer.body()) {
        return lines
            .filter(l -> l.startsWith("jvm_memory_used_bytes{") && l.contains("area=\"heap\""))
            .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
            .sum();
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private long resident() {
    if (wildFlyPid < 0) {
      return -1;
    }
    try (Stream<String> lines =
        Files.lines(Path.of("/proc", Long.toString(wildFlyPid), "status"))) {
      return lines
          .filter(l -> l.startsWith("VmRSS:"))
          .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024)
          .findFirst()
          .orElse(-1);
    } catch (IOException | UncheckedIOException | NumberFormatException e) {
      return -1;
    }
  }

  private static long size(Path dir) {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              f -> {
                try {
                  return Files.size(f);
                } catch (IOException e) {
                  return 0; // a page file deleted while walking
                }
              })
          .sum();
    } catch (IOException | UncheckedIOException e) {
      return -1;
    }
  }
}
