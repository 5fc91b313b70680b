package cn.nhjc.province.simulator;

import java.time.LocalDateTime;

/**
 * A simulated link failure: from {@code from} (inclusive) to {@code until} (exclusive), in
 * simulated time, devices keep their uploads instead of sending them.
 */
public record Outage(LocalDateTime from, LocalDateTime until) {

  /** No outage at all. */
  public static final Outage NONE = new Outage(LocalDateTime.MAX, LocalDateTime.MAX);

  public boolean linkUp(LocalDateTime simulated) {
    return simulated.isBefore(from) || !simulated.isBefore(until);
  }
}
