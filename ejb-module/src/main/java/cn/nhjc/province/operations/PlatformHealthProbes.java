package cn.nhjc.province.operations;

import cn.nhjc.province.exchange.application.IntakeLanes;
import cn.nhjc.province.exchange.application.IntakeLanes.LaneStatus;
import cn.nhjc.province.health.HealthProbes;
import cn.nhjc.province.health.Probe;
import cn.nhjc.province.monitoring.application.RollupLag;
import cn.nhjc.province.operations.DatabaseState.Prepared;
import cn.nhjc.province.operations.DatabaseState.Prerequisites;
import cn.nhjc.province.platform.config.PlatformConfig;
import cn.nhjc.province.platform.config.PlatformSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform's answers to its health checks (health-module's {@code PlatformChecks}): each probe
 * is down with its reason and carries the figures an operator reads.
 */
@Stateless
@Local(HealthProbes.class)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformHealthProbes implements HealthProbes {
  /** The platform's least {@code max_locks_per_transaction}: a stored batch takes up to 2,048. */
  static final int LEAST_LOCKS_PER_TRANSACTION = 256;

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  @EJB private DatabaseState database;
  @EJB private IntakeLanes lanes;
  @EJB private RollupLag rollupLag;
  @EJB private PlatformSettings settings;
  @Inject private PlatformConfig config;

  @Override
  public Probe probe(String name) {
    Map<String, Object> data = new LinkedHashMap<>();
    boolean up;
    try {
      up =
          switch (name) {
            case DATABASE -> database(data);
            case PREPARED_TRANSACTIONS -> preparedTransactions(data);
            case INTAKE_LANES -> intakeLanes(data);
            case ROLLUPS -> rollups(data);
            case MASTER_KEY -> masterKey(data);
            case IDENTITY_PROVIDER -> identityProvider(data);
            case INTAKE_DELIVERIES -> intakeDeliveries(data);
            default -> throw new IllegalArgumentException("no probe " + name);
          };
    } catch (Exception e) {
      data.put("reason", String.valueOf(e.getMessage()));
      up = false;
    }
    return new Probe(name, up, data);
  }

  private boolean database(Map<String, Object> data) throws Exception {
    Prerequisites found = database.prerequisites();
    data.put("schemaVersion", String.valueOf(found.schemaVersion()));
    data.put("maxLocksPerTransaction", found.maxLocksPerTransaction());
    data.put("collation", String.valueOf(found.collation()));
    if (found.schemaVersion() == null) {
      data.put("reason", "the schema is not migrated");
      return false;
    }
    if (found.maxLocksPerTransaction() < LEAST_LOCKS_PER_TRANSACTION) {
      data.put("reason", "max_locks_per_transaction must be " + LEAST_LOCKS_PER_TRANSACTION);
      return false;
    }
    return true;
  }

  private boolean preparedTransactions(Map<String, Object> data) throws Exception {
    List<Prepared> prepared = database.prepared();
    long limit = setting("health.prepared-max-age-ms", 60_000);
    Instant now = Instant.now();
    List<Prepared> old =
        prepared.stream()
            .filter(p -> Duration.between(p.preparedAt(), now).toMillis() > limit)
            .toList();
    data.put("prepared", prepared.size());
    data.put("olderThanLimit", old.size());
    if (!old.isEmpty()) {
      data.put("oldest", old.get(0).gid() + " prepared at " + old.get(0).preparedAt());
    }
    return old.isEmpty();
  }

  private boolean intakeLanes(Map<String, Object> data) {
    boolean up = true;
    for (LaneStatus lane : lanes.lanes()) {
      String prefix = lane.lane() + ".";
      data.put(prefix + "waiting", lane.waiting());
      data.put(prefix + "oldestAgeMs", lane.oldestAgeMillis());
      data.put(prefix + "pointsPerSecond", Math.round(lane.pointsPerSecond()));
      if (!lane.known()) {
        data.put(prefix + "reason", "the broker does not report the queue");
        up = false;
      } else if (lane.stalled()) {
        data.put(
            prefix + "reason",
            "stalled: the oldest upload waits longer than " + lane.maxAgeMillis() + " ms");
        up = false;
      }
    }
    data.put("deadLetters", lanes.deadLetters());
    data.put("storedBefore", lanes.storedBefore().toString());
    return up;
  }

  private boolean rollups(Map<String, Object> data) throws Exception {
    RollupLag.Backlog backlog = rollupLag.backlog();
    data.put("changes", backlog.changes());
    data.put("oldestAgeMs", backlog.ageMillis());
    return backlog.ageMillis() <= setting("health.rollup-max-age-ms", 3_600_000);
  }

  /**
   * The master key is made at the first device registration; before that its absence is no fault.
   * Missing or unreadable once devices' keys are sealed under it, every protocol request fails.
   */
  private boolean masterKey(Map<String, Object> data) throws Exception {
    Path file = config.masterKeyFile();
    long sealed = database.sealedDeviceKeys();
    boolean readable = Files.isRegularFile(file) && Files.isReadable(file);
    data.put("file", file.toString());
    data.put("present", readable);
    data.put("sealedDeviceKeys", sealed);
    if (!readable && sealed > 0) {
      data.put("reason", "the master key is missing: no device key can be opened");
      return false;
    }
    return true;
  }

  private boolean identityProvider(Map<String, Object> data) throws Exception {
    String url = config.identityProviderUrl() + "/.well-known/openid-configuration";
    data.put("url", url);
    HttpResponse<Void> answer =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
            HttpResponse.BodyHandlers.discarding());
    data.put("status", answer.statusCode());
    return answer.statusCode() == 200;
  }

  private boolean intakeDeliveries(Map<String, Object> data) {
    long longest = lanes.longestDeliveryMillis();
    long limit = setting("health.delivery-max-ms", 600_000);
    data.put("longestDeliveryMs", longest);
    data.put("limitMs", limit);
    return longest <= limit;
  }

  private long setting(String key, long fallback) {
    try {
      return settings.integer(key);
    } catch (RuntimeException e) {
      return fallback;
    }
  }
}
