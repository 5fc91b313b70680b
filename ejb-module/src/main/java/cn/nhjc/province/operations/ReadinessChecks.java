package cn.nhjc.province.operations;

import cn.nhjc.province.exchange.application.IntakeLanes;
import cn.nhjc.province.exchange.application.IntakeLanes.LaneStatus;
import cn.nhjc.province.operations.DatabaseState.Prepared;
import cn.nhjc.province.operations.DatabaseState.Prerequisites;
import cn.nhjc.province.operations.DatabaseState.RollupBacklog;
import cn.nhjc.province.platform.config.PlatformConfig;
import cn.nhjc.province.platform.config.PlatformSettings;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether the platform can take and store data now ({@code /health/ready} on the management
 * interface): each check is down with its reason, and carries the figures an operator reads.
 */
@ApplicationScoped
public class ReadinessChecks {
  /** The platform's least {@code max_locks_per_transaction}: a stored batch takes up to 2,048. */
  static final int LEAST_LOCKS_PER_TRANSACTION = 256;

  @EJB private DatabaseState database;
  @EJB private IntakeLanes lanes;
  @EJB private PlatformSettings settings;
  @Inject private PlatformConfig config;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  @Produces
  @Readiness
  HealthCheck database() {
    return () -> {
      HealthCheckResponseBuilder check = HealthCheckResponse.named("database");
      try {
        Prerequisites found = database.prerequisites();
        check
            .withData("schemaVersion", String.valueOf(found.schemaVersion()))
            .withData("maxLocksPerTransaction", found.maxLocksPerTransaction())
            .withData("collation", String.valueOf(found.collation()));
        if (found.schemaVersion() == null) {
          return check.down().withData("reason", "the schema is not migrated").build();
        }
        if (found.maxLocksPerTransaction() < LEAST_LOCKS_PER_TRANSACTION) {
          return check
              .down()
              .withData(
                  "reason", "max_locks_per_transaction must be " + LEAST_LOCKS_PER_TRANSACTION)
              .build();
        }
        return check.up().build();
      } catch (Exception e) {
        return check.down().withData("reason", String.valueOf(e.getMessage())).build();
      }
    };
  }

  @Produces
  @Readiness
  HealthCheck preparedTransactions() {
    return () -> {
      HealthCheckResponseBuilder check = HealthCheckResponse.named("prepared-transactions");
      try {
        List<Prepared> prepared = database.prepared();
        long limit = setting("health.prepared-max-age-ms", 60_000);
        Instant now = Instant.now();
        List<Prepared> old =
            prepared.stream()
                .filter(p -> Duration.between(p.preparedAt(), now).toMillis() > limit)
                .toList();
        check.withData("prepared", prepared.size()).withData("olderThanLimit", old.size());
        if (!old.isEmpty()) {
          return check
              .down()
              .withData("oldest", old.get(0).gid() + " prepared at " + old.get(0).preparedAt())
              .build();
        }
        return check.up().build();
      } catch (Exception e) {
        return check.down().withData("reason", String.valueOf(e.getMessage())).build();
      }
    };
  }

  @Produces
  @Readiness
  HealthCheck intakeLanes() {
    return () -> {
      HealthCheckResponseBuilder check = HealthCheckResponse.named("intake-lanes").up();
      for (LaneStatus lane : lanes.lanes()) {
        String prefix = lane.lane() + ".";
        check
            .withData(prefix + "waiting", lane.waiting())
            .withData(prefix + "oldestAgeMs", lane.oldestAgeMillis())
            .withData(prefix + "pointsPerSecond", Math.round(lane.pointsPerSecond()));
        if (!lane.known()) {
          check.down().withData(prefix + "reason", "the broker does not report the queue");
        } else if (lane.stalled()) {
          check
              .down()
              .withData(
                  prefix + "reason",
                  "stalled: the oldest upload waits longer than " + lane.maxAgeMillis() + " ms");
        }
      }
      return check.withData("deadLetters", lanes.deadLetters()).build();
    };
  }

  @Produces
  @Readiness
  HealthCheck rollups() {
    return () -> {
      HealthCheckResponseBuilder check = HealthCheckResponse.named("rollups");
      try {
        RollupBacklog backlog = database.rollupBacklog();
        long limit = setting("health.rollup-max-age-ms", 3_600_000);
        check.withData("changes", backlog.changes()).withData("oldestAgeMs", backlog.ageMillis());
        return (backlog.ageMillis() > limit ? check.down() : check.up()).build();
      } catch (Exception e) {
        return check.down().withData("reason", String.valueOf(e.getMessage())).build();
      }
    };
  }

  @Produces
  @Readiness
  HealthCheck masterKey() {
    return () -> {
      Path file = config.masterKeyFile();
      boolean readable = Files.isRegularFile(file) && Files.isReadable(file);
      return HealthCheckResponse.named("master-key")
          .status(readable)
          .withData("file", file.toString())
          .build();
    };
  }

  @Produces
  @Readiness
  HealthCheck identityProvider() {
    return () -> {
      String url = config.identityProviderUrl() + "/.well-known/openid-configuration";
      HealthCheckResponseBuilder check =
          HealthCheckResponse.named("identity-provider").withData("url", url);
      try {
        HttpResponse<Void> answer =
            http.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                HttpResponse.BodyHandlers.discarding());
        check.withData("status", answer.statusCode());
        return check.status(answer.statusCode() == 200).build();
      } catch (Exception e) {
        return check.down().withData("reason", String.valueOf(e.getMessage())).build();
      }
    };
  }

  private long setting(String key, long fallback) {
    try {
      return settings.integer(key);
    } catch (RuntimeException e) {
      return fallback;
    }
  }
}
