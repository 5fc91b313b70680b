package cn.nhjc.province.monitoring.application;

import cn.nhjc.province.monitoring.domain.UnitReadings;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the intake stores readings. {@link #merge} stores them idempotently on (unit, dataCode,
 * statType, statDate): when a stored value differs from the incoming one, the older of the two (by
 * the time it was accepted) is kept as a revision and the newer one stays, whatever order uploads
 * are stored in; daily and monthly values are marked for the rollups in the same statement. Every
 * method runs in the caller's transaction. Implemented in infrastructure.
 */
public interface ReadingStore {

  /** Readings of one unit together with the unit's id. */
  record Placed(long unitId, UnitReadings readings) {}

  /** Whether no key (unit, dataCode, statType, statDate) occurs twice among the uploads. */
  static boolean distinctKeys(List<Placed> uploads) {
    record Key(long unitId, String dataCode, int statType, Instant statDate) {}
    Set<Key> keys = new HashSet<>();
    for (Placed placed : uploads) {
      for (UnitReadings.Reading item : placed.readings().readings()) {
        if (!keys.add(
            new Key(placed.unitId(), item.dataCode(), item.statType(), item.statDate()))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Stores uploads' readings, idempotently on (unit, dataCode, statType, statDate), keeping
   * replaced values as revisions. No key may occur twice among them: {@link #distinctKeys} tells.
   */
  void merge(List<Placed> uploads);

  /**
   * Bounds every lock wait of the rest of the transaction: a lock held by a stuck transaction fails
   * the statement waiting for it instead of holding it.
   */
  void limitLockWaits(int millis);

  /**
   * Serialises, until the transaction ends, the storing of the same readings by two batches: two
   * uploads that could hold the same key (unit, dataCode, statType, statDate) wait for each other,
   * two batches never deadlock, and two uploads of one unit for other days, as a backlog brings
   * them, mostly do not wait, and are stored side by side.
   *
   * @param lockSpace the first key of the locks, the caller's own
   */
  void lockReadings(List<Placed> uploads, int lockSpace);

  /**
   * Claims the uploads' receipts.
   *
   * @return the upload ids claimed now; the others were stored before
   */
  Set<String> claim(List<Placed> uploads);

  /**
   * Refreshes the planner's statistics of the readings: after a bulk load and by the statistics
   * job, since nothing else does.
   */
  void analyze();
}
