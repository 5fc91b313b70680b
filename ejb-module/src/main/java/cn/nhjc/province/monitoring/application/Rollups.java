package cn.nhjc.province.monitoring.application;

import cn.nhjc.province.monitoring.domain.AccountingRules;
import cn.nhjc.province.monitoring.domain.LiveData;
import cn.nhjc.province.monitoring.domain.PeriodType;
import cn.nhjc.province.monitoring.domain.RollupKeys;
import cn.nhjc.province.monitoring.domain.RollupKeys.UnitPeriod;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.platform.config.PlatformSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the rollups up to date: takes the readings stored since the last cycle off the list the
 * intake writes ({@code rollup_dirty}), recomputes the figures of their units' periods from the
 * readings, and adds the difference between each unit's figures after and before to every region
 * and industry above it. A unit's figures are always recomputed, never adjusted, so that late data,
 * re-sends and revisions are correct by construction; the groups follow by exact (numeric) deltas,
 * so a cycle costs what changed, not what the province holds. The statistics job and the history
 * backfill recompute the groups from all units' figures. Internal: called by {@link
 * RollupScheduler}, the statistics job and the demo loader.
 */
@Stateless
@PermitAll
public class Rollups {

  private static final Logger LOG = Logger.getLogger(Rollups.class.getName());

  @EJB private RollupStore store;
  @EJB private Rollups self;
  @EJB private PlatformSettings settings;

  /**
   * One cycle, in a transaction of its own: with {@code liveFirst}, the live changes ({@link
   * LiveData}) if there are any; otherwise (or when there are none) up to {@code backlogLimit}
   * changes of the whole list, newest first, live ones included.
   *
   * @return what it took up (the list may hold more)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public RollupCycle processChanges(int backlogLimit, boolean liveFirst) {
    return cycle(backlogLimit, liveFirst, false);
  }

  /**
   * One cycle of the live changes only, in a transaction of its own: what runs while the catch-up
   * cycles wait for the catch-up intake ({@link IntakeActivity}).
   *
   * @return what it took up (nothing when no live change waits)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public RollupCycle processLiveChanges() {
    return cycle(0, true, true);
  }

  private RollupCycle cycle(int backlogLimit, boolean liveFirst, boolean liveOnly) {
    CycleTimer timer = new CycleTimer();
    store.lock();
    applyMoves();
    timer.lap("lock+moves");
    int most = settings.integer("statistics.rollup-batch");
    List<RollupStore.Change> changes =
        liveFirst
            ? store.takeChanges(
                most, new LiveData(settings.integer("data.live-days")).since(Instant.now()))
            : List.of();
    boolean isLive = !changes.isEmpty();
    if (!isLive && !liveOnly) {
      changes = store.takeChanges(Math.max(1, Math.min(backlogLimit, most)));
    }
    timer.lap("take");
    if (changes.isEmpty()) {
      return new RollupCycle(0, false, timer.millis());
    }
    RollupKeys keys = new RollupKeys();
    for (RollupStore.Change change : changes) {
      keys.changed(change.unitId(), change.statType(), change.day());
    }
    recompute(keys, timer);
    timer.report(isLive, changes.size(), keys);
    return new RollupCycle(changes.size(), isLive, timer.millis());
  }

  /**
   * What a cycle did.
   *
   * @param taken the changed readings it took up
   * @param live whether they were live changes
   * @param millis how long it took
   */
  public record RollupCycle(int taken, boolean live, long millis) {}

  /**
   * The phases of one cycle, logged when the cycle took longer than {@link #SLOW_CYCLE_MILLIS} (and
   * at FINE otherwise): where the time of a rollup cycle goes under load.
   */
  static final class CycleTimer {
    private final long start = System.nanoTime();
    private long last = start;
    private final StringBuilder laps = new StringBuilder();

    void lap(String phase) {
      long now = System.nanoTime();
      laps.append(' ').append(phase).append('=').append((now - last) / 1_000_000).append("ms");
      last = now;
    }

    long millis() {
      return (System.nanoTime() - start) / 1_000_000;
    }

    void report(boolean live, int changes, RollupKeys keys) {
      long millis = millis();
      long slow = live ? SLOW_LIVE_CYCLE_MILLIS : SLOW_CYCLE_MILLIS;
      Level level = millis >= slow ? Level.INFO : Level.FINE;
      if (LOG.isLoggable(level)) {
        LOG.log(
            level,
            String.format(
                "rollup cycle (%s): %d changes, %d unit days, %d unit months, %d ms:%s",
                live ? "live" : "catch-up",
                changes,
                keys.of(PeriodType.DAY).size(),
                keys.of(PeriodType.MONTH).size(),
                millis,
                laps));
      }
    }
  }

  static final long SLOW_CYCLE_MILLIS = 1000;
  static final long SLOW_LIVE_CYCLE_MILLIS = 300;

  /**
   * Recomputes from scratch the figures of the units within the period: its days, its months, and
   * the quarters and years that hold them. The groups above them follow with {@link
   * #recomputeGroups}. For the statistics job.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recomputeUnits(Collection<Long> unitIds, StatPeriod period) {
    store.lock();
    recomputeUnits(keysWithin(unitIds, period), new CycleTimer());
  }

  /**
   * Recomputes the figures of every region and industry for the periods within and around {@code
   * period} (its days, months, quarters, years) from all units' figures, replacing all the groups'
   * figures of those periods.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recomputeGroups(Collection<Long> unitIds, StatPeriod period) {
    store.lock();
    // moves not yet taken up would otherwise be applied once more to the recomputed periods
    applyMoves();
    store.analyzeUnitFigures();
    Set<StatPeriod> periods = keysWithin(unitIds, period).periods();
    // every group of each period, also those a unit has left
    store.recomputeGroups(periods);
    store.noteRevisedAfterClose(periods);
  }

  /**
   * Asks for the months {@code from} to {@code to} of every unit to be recomputed from scratch
   * (after a bulk load of history); {@link RollupScheduler} runs it in the background and runs it
   * again after a restart until it has finished.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void requestHistory(YearMonth from, YearMonth to) {
    store.requestBackfill(from.atDay(1), to.atDay(1));
  }

  /** The oldest history recomputation not finished yet, if any. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<RollupStore.Backfill> unfinishedHistory() {
    return store.unfinishedBackfill();
  }

  /** Runs a requested history recomputation, one month per transaction, and notes its end. */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Future<Void> recomputeHistory(RollupStore.Backfill backfill) {
    long started = System.currentTimeMillis();
    List<Long> unitIds = self.unitIds();
    for (YearMonth month = YearMonth.from(backfill.from());
        !month.isAfter(YearMonth.from(backfill.to()));
        month = month.plusMonths(1)) {
      self.recomputeUnits(unitIds, StatPeriod.month(month));
      self.recomputeGroups(unitIds, StatPeriod.month(month));
    }
    self.finishHistory(backfill.id(), unitIds.size());
    LOG.info(
        String.format(
            "rollups of %d units recomputed for %s to %s in %d ms",
            unitIds.size(), backfill.from(), backfill.to(), System.currentTimeMillis() - started));
    return new AsyncResult<>(null);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void finishHistory(long backfill, int units) {
    store.finishBackfill(backfill, units);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> unitIds() {
    return store.unitIds();
  }

  private static RollupKeys keysWithin(Collection<Long> unitIds, StatPeriod period) {
    RollupKeys keys = new RollupKeys();
    for (long unit : unitIds) {
      for (LocalDate day = period.start(); day.isBefore(period.end()); day = day.plusDays(1)) {
        keys.add(unit, PeriodType.DAY, day);
      }
      for (LocalDate month = period.start();
          month.isBefore(period.end());
          month = month.plusMonths(1)) {
        keys.add(unit, PeriodType.MONTH, month);
        keys.add(unit, PeriodType.QUARTER, month);
        keys.add(unit, PeriodType.YEAR, month);
      }
    }
    return keys;
  }

  private void recompute(RollupKeys keys, CycleTimer timer) {
    Map<PeriodType, List<UnitPeriod>> periods = new EnumMap<>(PeriodType.class);
    for (PeriodType type : PeriodType.values()) {
      periods.put(type, keys.of(type));
    }
    store.snapshot(-1, periods);
    timer.lap("before");
    recomputeUnits(keys, timer);
    store.snapshot(1, periods);
    timer.lap("after");
    store.applyDeltas();
    timer.lap("deltas");
    store.noteRevisedAfterClose(keys.periods());
    timer.lap("closed");
  }

  private void applyMoves() {
    if (store.takeMoves() > 0) {
      store.applyDeltas();
    }
  }

  private void recomputeUnits(RollupKeys keys, CycleTimer timer) {
    AccountingRules rules = AccountingRules.from(settings::text);
    // days and months first: quarters and years are sums of months
    store.recomputeFromReadings(PeriodType.DAY, keys.of(PeriodType.DAY), rules);
    timer.lap("days");
    store.recomputeFromReadings(PeriodType.MONTH, keys.of(PeriodType.MONTH), rules);
    timer.lap("months");
    store.recomputeFromMonths(PeriodType.QUARTER, keys.of(PeriodType.QUARTER));
    store.recomputeFromMonths(PeriodType.YEAR, keys.of(PeriodType.YEAR));
    timer.lap("quarters+years");
  }
}
