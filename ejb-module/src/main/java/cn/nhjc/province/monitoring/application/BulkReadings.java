package cn.nhjc.province.monitoring.application;

import cn.nhjc.province.monitoring.domain.ReadingPoint;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Loads many readings at once that are known to be new (a history brought in whole), beside the
 * intake: no receipts, no revisions, no marks for the rollups; whoever loads requests the rollups
 * of the periods afterwards ({@link Rollups#requestHistory}). Implemented in infrastructure.
 */
public interface BulkReadings {

  /**
   * Stores readings none of which is stored yet, in the caller's transaction; one that is stored
   * already fails the whole load.
   *
   * @param receivedAt when each reading is taken to have arrived: timeliness and revisions go by it
   * @return how many readings were stored
   */
  long copyNew(List<ReadingPoint> readings, Function<ReadingPoint, Instant> receivedAt);
}
