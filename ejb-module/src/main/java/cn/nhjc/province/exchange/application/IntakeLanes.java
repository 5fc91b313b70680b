package cn.nhjc.province.exchange.application;

import cn.nhjc.province.exchange.application.BrokerQueues.QueueState;
import cn.nhjc.province.platform.config.PlatformSettings;
import cn.nhjc.province.platform.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * The two intake lanes as an operator needs to see them: what waits in each queue and for how long
 * (from the broker), what this node stored and how fast, and the last failure. A lane whose oldest
 * waiting upload is older than its threshold ({@code health.live-lane-max-age-ms}, {@code
 * health.catch-up-lane-max-age-ms}) is stalled: the readiness check is down, the exchange page
 * shows an alarm, and a warning is logged once a minute while it lasts.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IntakeLanes {
  private static final Logger LOG = Logger.getLogger(IntakeLanes.class.getName());

  /** The live lane's name (uploads with values of live days) and its queue. */
  public static final String LIVE = "live";

  public static final String LIVE_QUEUE = "LiveIntake";

  /** The catch-up lane's name (补传, history) and its queue. */
  public static final String CATCH_UP = "catch-up";

  public static final String CATCH_UP_QUEUE = "UploadIntake";

  /** The queue where uploads the intake could not store wait for an administrator. */
  public static final String DEAD_LETTER_QUEUE = "UploadIntakeDLQ";

  /** The window over which a lane's store rate is measured. */
  static final long RATE_WINDOW_MILLIS = 60_000;

  @Inject private BrokerQueues broker;
  @EJB private PlatformSettings settings;

  private final Counters live = new Counters();
  private final Counters catchUp = new Counters();

  /** A lane's state: the queue's, this node's storing, and whether it is stalled. */
  public record LaneStatus(
      String lane,
      String queue,
      boolean known,
      long waiting,
      long delivering,
      long scheduled,
      long oldestAgeMillis,
      long maxAgeMillis,
      long pointsStored,
      long batchesStored,
      double pointsPerSecond,
      double lastBatchMillis,
      Instant lastStoredAt,
      String lastFailure,
      Instant lastFailureAt,
      boolean stalled) {}

  private final java.util.concurrent.ConcurrentHashMap<Thread, Long> deliveries =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Notes that the calling thread begins a delivery; {@link #endDelivery} must follow. */
  public void beginDelivery() {
    deliveries.put(Thread.currentThread(), System.nanoTime());
  }

  /** Notes that the calling thread's delivery is over, however it ended. */
  public void endDelivery() {
    deliveries.remove(Thread.currentThread());
  }

  /**
   * How long the longest delivery under way on this node has run, in milliseconds: one that runs
   * far past the transaction timeout is stuck (a thread blocked where no timeout reaches it).
   */
  public long longestDeliveryMillis() {
    long now = System.nanoTime();
    return deliveries.values().stream()
        .mapToLong(start -> (now - start) / 1_000_000)
        .max()
        .orElse(0);
  }

  /** Notes a batch stored by a lane on this node. */
  public void stored(boolean isLive, int points, long nanos) {
    (isLive ? live : catchUp).stored(points, nanos);
  }

  /** Notes a failed storing (the delivery goes back to the broker or is set aside). */
  public void failed(boolean isLive, String reason) {
    (isLive ? live : catchUp).failed(reason);
  }

  /** Both lanes, live first. */
  public List<LaneStatus> lanes() {
    return List.of(
        status(LIVE, LIVE_QUEUE, live, maxAge("health.live-lane-max-age-ms", 60_000)),
        status(
            CATCH_UP, CATCH_UP_QUEUE, catchUp, maxAge("health.catch-up-lane-max-age-ms", 900_000)));
  }

  /** {@link #lanes()} for the exchange page and the API (administrators and supervisors). */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.SUPERVISOR})
  public List<LaneStatus> lanesForOperators() {
    return lanes();
  }

  /**
   * The instant before which every upload the front-end processor acknowledged is stored, or set
   * aside among the dead letters: the oldest unacknowledged message of either intake queue, or now
   * when none waits. A backup of the database ended after this instant holds every upload
   * acknowledged before it (docs/operations.md).
   *
   * @throws IllegalStateException when the broker does not expose a lane's queue
   */
  public Instant storedBefore() {
    Instant before = Instant.now();
    for (String queue : List.of(LIVE_QUEUE, CATCH_UP_QUEUE)) {
      Optional<Instant> oldest = broker.oldestUnacknowledged(queue);
      if (oldest.isPresent() && oldest.get().isBefore(before)) {
        before = oldest.get();
      }
    }
    return before;
  }

  /** The dead letters waiting for an administrator; -1 when the broker does not say. */
  public long deadLetters() {
    return broker.state(DEAD_LETTER_QUEUE).map(QueueState::messages).orElse(-1L);
  }

  /** Logs a warning for each stalled lane, once a minute while it is stalled. */
  @Schedule(minute = "*", hour = "*", persistent = false)
  void warnWhenStalled() {
    for (LaneStatus lane : lanes()) {
      if (lane.stalled()) {
        LOG.warning(
            String.format(
                "intake lane %s is stalled: %d uploads wait, the oldest for %d s (threshold %d s);"
                    + " last stored %s; last failure %s",
                lane.lane(),
                lane.waiting(),
                lane.oldestAgeMillis() / 1000,
                lane.maxAgeMillis() / 1000,
                lane.lastStoredAt(),
                lane.lastFailure()));
      }
    }
  }

  private LaneStatus status(String lane, String queue, Counters counters, long maxAge) {
    QueueState state = broker.state(queue).orElse(null);
    long age = state == null ? 0 : state.oldestAgeMillis();
    return new LaneStatus(
        lane,
        queue,
        state != null,
        state == null ? 0 : state.messages(),
        state == null ? 0 : state.delivering(),
        state == null ? 0 : state.scheduled(),
        age,
        maxAge,
        counters.points.get(),
        counters.batches.get(),
        counters.rate(System.currentTimeMillis()),
        counters.lastBatchNanos.get() / 1e6,
        counters.lastStoredAt.get(),
        counters.lastFailure.get(),
        counters.lastFailureAt.get(),
        stalled(state, maxAge));
  }

  /**
   * Whether a lane is stalled: uploads wait in its queue and the oldest has waited longer than the
   * lane's threshold. An empty queue is never stalled, however long ago it last stored.
   *
   * @param state the queue as the broker reports it; {@code null} when it does not
   */
  static boolean stalled(QueueState state, long maxAgeMillis) {
    return state != null && state.messages() > 0 && state.oldestAgeMillis() > maxAgeMillis;
  }

  private long maxAge(String key, long fallback) {
    try {
      return settings.integer(key);
    } catch (RuntimeException e) {
      return fallback;
    }
  }

  /** One lane's counts on this node. */
  private static final class Counters {
    final AtomicLong points = new AtomicLong();
    final AtomicLong batches = new AtomicLong();
    final AtomicLong lastBatchNanos = new AtomicLong();
    final AtomicReference<Instant> lastStoredAt = new AtomicReference<>();
    final AtomicReference<String> lastFailure = new AtomicReference<>();
    final AtomicReference<Instant> lastFailureAt = new AtomicReference<>();

    /** Points stored in each second of the last minute, by second modulo the window. */
    final AtomicLong[] perSecond = new AtomicLong[(int) (RATE_WINDOW_MILLIS / 1000)];

    final AtomicLong[] secondOf = new AtomicLong[perSecond.length];

    Counters() {
      for (int i = 0; i < perSecond.length; i++) {
        perSecond[i] = new AtomicLong();
        secondOf[i] = new AtomicLong(-1);
      }
    }

    void stored(int stored, long nanos) {
      points.addAndGet(stored);
      batches.incrementAndGet();
      lastBatchNanos.set(nanos);
      Instant now = Instant.now();
      lastStoredAt.set(now);
      long second = now.getEpochSecond();
      int slot = (int) (second % perSecond.length);
      long was = secondOf[slot].get();
      if (was != second && secondOf[slot].compareAndSet(was, second)) {
        perSecond[slot].set(0);
      }
      perSecond[slot].addAndGet(stored);
    }

    void failed(String reason) {
      lastFailure.set(reason);
      lastFailureAt.set(Instant.now());
    }

    double rate(long nowMillis) {
      long now = nowMillis / 1000;
      long sum = 0;
      for (int i = 0; i < perSecond.length; i++) {
        long second = secondOf[i].get();
        if (second > now - perSecond.length && second <= now) {
          sum += perSecond[i].get();
        }
      }
      return sum / (double) perSecond.length;
    }
  }
}
