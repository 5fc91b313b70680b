package cn.nhjc.province.monitoring.application;

import cn.nhjc.province.monitoring.domain.CatchUpYield;
import cn.nhjc.province.monitoring.domain.RollupPacing;
import cn.nhjc.province.platform.config.PlatformSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the rollup cycles until the list of changes is empty, then looks again {@value
 * #INTERVAL_MILLIS} ms later (a single-action timer set anew after each run, so runs never
 * overlap). Live changes get cycles of their own, taking turns with cycles of the whole list
 * (newest first, live changes included), which are paced to about {@code
 * statistics.rollup-cycle-target-ms} each ({@link RollupPacing}): a live change waits for at most
 * one short cycle, and a steady stream of live changes cannot starve the catch-up. While the intake
 * stores a backlog of old days, the catch-up cycles wait for it ({@link CatchUpYield}). It also
 * starts a requested recomputation of history (after a bulk load, or one that a restart
 * interrupted) in the background. Turned off on a node with the system property {@code
 * platform.rollups.active=false}.
 */
@Singleton
@Startup
@DependsOn("ProductionGate")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RollupScheduler {

  static final long INTERVAL_MILLIS = 1000;
  private static final Logger LOG = Logger.getLogger(RollupScheduler.class.getName());

  @Resource private TimerService timers;
  @EJB private Rollups rollups;
  @EJB private PlatformSettings settings;
  @EJB private IntakeActivity intake;

  /** How many changes the next catch-up cycle takes ({@link RollupPacing}); 0 before the first. */
  private int backlogLimit;

  /** Whether catch-up cycles wait for the catch-up intake now ({@link CatchUpYield}). */
  private CatchUpYield yield;

  /** The history recomputation this node runs in the background, if any. */
  private Future<Void> history;

  @PostConstruct
  void start() {
    if (Boolean.parseBoolean(System.getProperty("platform.rollups.active", "true"))) {
      next();
    }
  }

  @Timeout
  void cycle() {
    try {
      if (history == null || history.isDone()) {
        history = rollups.unfinishedHistory().map(rollups::recomputeHistory).orElse(null);
      }
      RollupPacing pacing =
          new RollupPacing(
              settings.integer("statistics.rollup-cycle-target-ms"),
              settings.integer("statistics.rollup-batch-min"),
              settings.integer("statistics.rollup-batch"));
      long yieldMillis = settings.integer("statistics.rollup-yield-ms");
      if (yield == null || yield.maxMillis() != yieldMillis) {
        yield = new CatchUpYield(yieldMillis, INTERVAL_MILLIS);
      }
      Rollups.RollupCycle cycle;
      boolean liveFirst = true;
      do {
        CatchUpYield.Turn turn = yield.turn(intake.catchUpBatches(), System.currentTimeMillis());
        if (turn == CatchUpYield.Turn.LIVE_ONLY) {
          // a backlog of old days is being stored: live changes only, the old days after it
          cycle = rollups.processLiveChanges();
        } else {
          // a wait that has lasted its longest lets one cycle of the whole list through
          boolean live = liveFirst && turn == CatchUpYield.Turn.FREE;
          int asked = backlogLimit <= 0 ? pacing.max() : backlogLimit;
          cycle = rollups.processChanges(asked, live);
          if (!cycle.live() && cycle.taken() > 0) {
            backlogLimit = pacing.next(asked, cycle.taken(), cycle.millis());
          }
          // a live cycle is followed by one of the whole list (newest first), so that a steady
          // stream of live changes never starves the catch-up
          liveFirst = !cycle.live();
        }
      } while (cycle.taken() > 0 && !Thread.currentThread().isInterrupted());
    } catch (RuntimeException e) {
      // the changes stay on the list; the next cycle takes them up again
      LOG.log(Level.WARNING, "rollup cycle failed; it is retried", e);
    } finally {
      next();
    }
  }

  private void next() {
    timers.createSingleActionTimer(INTERVAL_MILLIS, new TimerConfig(null, false));
  }
}
