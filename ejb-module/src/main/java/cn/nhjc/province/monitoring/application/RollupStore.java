package cn.nhjc.province.monitoring.application;

import cn.nhjc.province.monitoring.domain.AccountingRules;
import cn.nhjc.province.monitoring.domain.PeriodType;
import cn.nhjc.province.monitoring.domain.RollupKeys.UnitPeriod;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the rollups are kept: the figures of units, regions and industries per period, recomputed
 * from the readings (units) and from the units' figures (groups), or kept up to date by adding to
 * the groups the difference a recomputation of units made (deltas); the list of changed readings
 * waiting for them; the requested recomputations of history. Every method runs in the caller's
 * transaction. Implemented in infrastructure.
 */
public interface RollupStore {

  /** A changed reading: its unit, statType and the (Beijing) day its period starts. */
  record Change(long unitId, int statType, LocalDate day) {}

  /** A requested recomputation of history. */
  record Backfill(long id, LocalDate from, LocalDate to) {}

  /**
   * Waits until no other transaction recomputes rollups, then holds that until the transaction
   * ends: one recomputation at a time across nodes.
   */
  void lock();

  /**
   * Takes up to {@code limit} changed readings off the list (back on it if the caller fails), the
   * newest periods first: today's and yesterday's figures stay fresh while a backlog of older days
   * (补传) is worked off behind them.
   */
  List<Change> takeChanges(int limit);

  /**
   * Takes up to {@code limit} changes off the list, newest periods first; with {@code since}, only
   * changes of periods starting at or after it (the live ones).
   */
  List<Change> takeChanges(int limit, Instant since);

  /** Recomputes the days' or months' figures of the units from their readings. */
  int recomputeFromReadings(PeriodType type, List<UnitPeriod> keys, AccountingRules rules);

  /** Recomputes quarters' or years' figures of the units from their months. */
  int recomputeFromMonths(PeriodType type, List<UnitPeriod> keys);

  /**
   * Recomputes, for the periods, the figures of every region and industry from the figures of all
   * the units below them, replacing what the groups held for those periods.
   */
  void recomputeGroups(Collection<StatPeriod> periods);

  /**
   * Adds the units' current figures of the given periods to the groups' delta: with sign -1 before
   * the units' figures are recomputed, +1 after; {@link #applyDeltas} then adds the difference to
   * the groups.
   */
  void snapshot(int sign, Map<PeriodType, List<UnitPeriod>> keys);

  /**
   * Moves the figures of the units that moved to another region or industry since the last cycle
   * into the groups' delta (out of the old groups, into the new ones).
   *
   * @return how many units moved
   */
  int takeMoves();

  /**
   * Adds the delta to every group above the units in it, removes the group rows no unit counts in
   * any more and empties the delta.
   *
   * @return how many group rows were written
   */
  int applyDeltas();

  /**
   * Refreshes the planner's statistics of the unit figures after a bulk recomputation (the demo
   * load, the statistics job): the group statements that follow join hundreds of thousands of rows,
   * and without statistics of a freshly filled table the planner loops over them.
   */
  void analyzeUnitFigures();

  /** Requests the recomputation of the months from {@code from} to {@code to} (first days). */
  void requestBackfill(LocalDate from, LocalDate to);

  /** The oldest requested recomputation of history not finished yet. */
  Optional<Backfill> unfinishedBackfill();

  /** Records that a recomputation of history is finished, over how many units. */
  void finishBackfill(long id, int units);

  /** Every listed unit, in id order. */
  List<Long> unitIds();

  /** Records that closed periods' figures changed after they were closed. */
  void noteRevisedAfterClose(Collection<StatPeriod> periods);
}
