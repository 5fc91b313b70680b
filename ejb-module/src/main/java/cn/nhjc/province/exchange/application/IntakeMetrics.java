package cn.nhjc.province.exchange.application;

/**
 * What the intake counts for the platform's metrics: points accepted and stored per lane, the time
 * a batch takes to store, and the front-end processor's refusals by category. Implemented in
 * infrastructure, which also serves the gauges of the lanes' queues and the rollups.
 */
public interface IntakeMetrics {

  /** Counts the points of an upload put on a lane, once the broker holds it. */
  void accepted(boolean isLive, int points);

  /** Counts the points of a batch a lane stored, and how long storing it took. */
  void stored(boolean isLive, int points, long nanos);

  /** Counts a request the front-end processor refused. */
  void refused(RefusalCategory category);
}
