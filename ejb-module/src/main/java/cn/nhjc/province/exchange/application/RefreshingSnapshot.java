package cn.nhjc.province.exchange.application;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A value that is costly to read and asked for on every request, read at most once per interval. No
 * request waits for a reading: the one that finds the value older than the interval starts a
 * reading on the executor and goes on with the value it has, as do all requests until the reading
 * is done. One reading runs at a time. Until the first reading is done, and after a reading that
 * failed, the value is {@code fallback}; a failure is logged when it follows a good reading, not
 * once per interval while it lasts. Thread safe.
 *
 * @param <T> the value
 */
final class RefreshingSnapshot<T> {
  private static final Logger LOG = Logger.getLogger(RefreshingSnapshot.class.getName());

  private final Supplier<T> reader;
  private final Executor executor;
  private final long intervalNanos;
  private final T fallback;
  private final AtomicBoolean reading = new AtomicBoolean();
  private volatile T value;
  private volatile boolean everStarted;
  private volatile long lastStartNanos;
  private volatile boolean lastReadingFailed;

  /**
   * @param reader reads the value (on the executor's thread)
   * @param intervalNanos the least time between the starts of two readings
   * @param fallback the value before the first reading and after a failed one
   */
  RefreshingSnapshot(Supplier<T> reader, Executor executor, long intervalNanos, T fallback) {
    this.reader = reader;
    this.executor = executor;
    this.intervalNanos = intervalNanos;
    this.fallback = fallback;
    this.value = fallback;
  }

  /**
   * The value as last read; starts a reading when it is due.
   *
   * @param nowNanos the time of asking ({@link System#nanoTime})
   */
  T current(long nowNanos) {
    if (due(nowNanos) && reading.compareAndSet(false, true)) {
      // another thread may have started and finished a reading since due() was asked
      if (due(nowNanos)) {
        everStarted = true;
        lastStartNanos = nowNanos;
        try {
          executor.execute(this::read);
        } catch (RejectedExecutionException e) {
          // the executor is shutting down: a request after the interval asks again
          reading.set(false);
        }
      } else {
        reading.set(false);
      }
    }
    return value;
  }

  private boolean due(long nowNanos) {
    return !everStarted || nowNanos - lastStartNanos >= intervalNanos;
  }

  private void read() {
    try {
      value = reader.get();
      lastReadingFailed = false;
    } catch (RuntimeException e) {
      if (!lastReadingFailed) {
        LOG.log(Level.WARNING, "could not read the snapshot; using " + fallback + " meanwhile", e);
      }
      lastReadingFailed = true;
      value = fallback;
    } finally {
      reading.set(false);
    }
  }
}
