package cn.nhjc.province.efficiency.application;

import cn.nhjc.province.monitoring.domain.StatPeriod;
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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the efficiency rows current: every {@code efficiency.refresh-interval-s} seconds it asks
 * {@link EfficiencyRefresh#stalePeriods} which months, quarters and years had their rollups or data
 * quality changed (by the rollup cycles, the period-statistics job or a recomputation) and computes
 * each of them again, once. Monitoring knows nothing of it. A single-action timer set anew after
 * each run, so runs never overlap; turned off on a node with the system property {@code
 * platform.efficiency.active=false}.
 */
@Singleton
@Startup
@DependsOn("ProductionGate")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EfficiencyScheduler {

  private static final Logger LOG = Logger.getLogger(EfficiencyScheduler.class.getName());
  private static final long IDLE_MILLIS = 60_000;

  @Resource private TimerService timers;
  @EJB private EfficiencyRefresh refresh;
  @EJB private PlatformSettings settings;

  @PostConstruct
  void start() {
    if (Boolean.parseBoolean(System.getProperty("platform.efficiency.active", "true"))) {
      timers.createSingleActionTimer(IDLE_MILLIS / 4, new TimerConfig(null, false));
    }
  }

  @Timeout
  void run() {
    try {
      if (settings.integer("efficiency.refresh-interval-s") > 0) {
        refreshStale();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "efficiency refresh failed; it is tried again", e);
    } finally {
      int seconds = settings.integer("efficiency.refresh-interval-s");
      timers.createSingleActionTimer(
          seconds > 0 ? seconds * 1000L : IDLE_MILLIS, new TimerConfig(null, false));
    }
  }

  /** Computes every stale period again; returns how many. */
  public int refreshStale() {
    int done = 0;
    for (StatPeriod period : refresh.stalePeriods()) {
      long started = System.nanoTime();
      int units = refresh.refresh(period);
      done++;
      LOG.fine(
          () ->
              "efficiency of "
                  + period
                  + ": "
                  + units
                  + " units in "
                  + (System.nanoTime() - started) / 1_000_000
                  + " ms");
    }
    return done;
  }
}
