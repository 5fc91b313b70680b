package cn.nhjc.province.exchange.infrastructure;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A value read from its source at most once per period and served from the last reading in between,
 * so that a gauge asked by every scrape (and by several gauges of one scrape) does not ask the
 * database or the broker each time. A failed reading is kept for the period too, as empty: a source
 * that is away is not asked again by every scrape. Thread safe; concurrent askers share one
 * reading.
 *
 * @param <T> the value
 */
final class RecentReading<T> {
  private static final Logger LOG = Logger.getLogger(RecentReading.class.getName());

  private final String name;
  private final Supplier<Optional<T>> source;
  private final long periodNanos;
  private final LongSupplier nanoClock;

  private Optional<T> value = Optional.empty();
  private long readAtNanos;
  private boolean read;

  /**
   * @param name what is read, for the log
   * @param nanoClock the time in nanoseconds ({@link System#nanoTime})
   */
  RecentReading(
      String name, Supplier<Optional<T>> source, Duration period, LongSupplier nanoClock) {
    this.name = name;
    this.source = source;
    this.periodNanos = period.toNanos();
    this.nanoClock = nanoClock;
  }

  /** The last reading if it is younger than the period, else a new one; empty when it failed. */
  synchronized Optional<T> get() {
    long now = nanoClock.getAsLong();
    if (!read || now - readAtNanos >= periodNanos) {
      value = readNow();
      readAtNanos = now;
      read = true;
    }
    return value;
  }

  private Optional<T> readNow() {
    try {
      return source.get();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "could not read " + name, e);
      return Optional.empty();
    }
  }
}
