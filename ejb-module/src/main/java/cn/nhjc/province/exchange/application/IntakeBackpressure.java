package cn.nhjc.province.exchange.application;

import cn.nhjc.province.exchange.domain.Backpressure;
import cn.nhjc.province.exchange.domain.IntakeBusyException;
import cn.nhjc.province.platform.config.PlatformSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Refuses uploads bound for an intake lane that holds too many not yet stored ({@link
 * Backpressure}), so that a sender hears at once to come back later instead of the platform
 * acknowledging data that would wait longer and longer. The lanes' backlogs ({@link
 * IntakeLanes#lanes()}, the broker's management beans) and the bounds ({@code
 * exchange.live-backlog-max-messages}, {@code exchange.catch-up-backlog-max-messages}, {@code
 * exchange.busy-retry-seconds}) are read at most once a second, off the uploads' threads: read on
 * every upload, the management beans would add two name queries and ten attribute reads to each.
 * Until the first reading, and when it fails, every upload is accepted. A lane that starts or stops
 * refusing is logged.
 */
@ApplicationScoped
public class IntakeBackpressure {
  private static final Logger LOG = Logger.getLogger(IntakeBackpressure.class.getName());

  /** The least time between two readings of the lanes. */
  static final long REFRESH_NANOS = 1_000_000_000L;

  @EJB private IntakeLanes lanes;
  @EJB private PlatformSettings settings;

  @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
  private ManagedExecutorService executor;

  private RefreshingSnapshot<Backpressure> snapshot;
  private volatile Backpressure lastRead = Backpressure.NONE;

  @PostConstruct
  void start() {
    snapshot = new RefreshingSnapshot<>(this::read, executor, REFRESH_NANOS, Backpressure.NONE);
  }

  /**
   * Admits an upload bound for a lane, or refuses it.
   *
   * @param toLiveLane whether the upload goes to the live lane (else to the catch-up lane)
   * @throws IntakeBusyException when its lane is full; nothing of the upload may be kept then
   */
  public void admit(boolean toLiveLane) {
    Backpressure now = snapshot.current(System.nanoTime());
    Optional<String> refusal = now.refusal(toLiveLane);
    if (refusal.isPresent()) {
      throw new IntakeBusyException(refusal.get(), now.retrySeconds());
    }
  }

  private Backpressure read() {
    int liveMax = settings.integer("exchange.live-backlog-max-messages");
    int catchUpMax = settings.integer("exchange.catch-up-backlog-max-messages");
    Backpressure.Lane live = Backpressure.Lane.unreported(liveMax);
    Backpressure.Lane catchUp = Backpressure.Lane.unreported(catchUpMax);
    for (IntakeLanes.LaneStatus lane : lanes.lanes()) {
      if (!lane.known()) {
        continue;
      }
      if (lane.lane().equals(IntakeLanes.LIVE)) {
        live = Backpressure.Lane.reported(lane.waiting(), liveMax);
      } else if (lane.lane().equals(IntakeLanes.CATCH_UP)) {
        catchUp = Backpressure.Lane.reported(lane.waiting(), catchUpMax);
      }
    }
    Backpressure next =
        new Backpressure(live, catchUp, settings.integer("exchange.busy-retry-seconds"));
    logChange(IntakeLanes.LIVE, lastRead.live(), next.live(), next.retrySeconds());
    logChange(IntakeLanes.CATCH_UP, lastRead.catchUp(), next.catchUp(), next.retrySeconds());
    lastRead = next;
    return next;
  }

  private static void logChange(
      String name, Backpressure.Lane before, Backpressure.Lane after, int retrySeconds) {
    if (after.full() && !before.full()) {
      LOG.warning(
          String.format(
              "intake lane %s holds %d uploads not yet stored (bound %d): uploads bound for it are"
                  + " refused, to be sent again in %d s",
              name, after.waiting(), after.maxMessages(), retrySeconds));
    } else if (before.full() && !after.full()) {
      LOG.info(
          String.format(
              "intake lane %s holds %d uploads (bound %d): uploads bound for it are accepted again",
              name, after.waiting(), after.maxMessages()));
    }
  }
}
