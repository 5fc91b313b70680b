package cn.nhjc.province.simulator;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.function.Supplier;

/**
 * Simulated time: {@code start} plus the real time elapsed times {@code speed}, but never later
 * than the real time, because the platform refuses values of periods that have not happened yet.
 * With a speed above 1 the simulation therefore catches up from a past start and then follows real
 * time.
 */
final class SimulatedClock {

  private final LocalDateTime start;
  private final double speed;
  private final long startNanos;
  private final Supplier<LocalDateTime> realNow;

  SimulatedClock(LocalDateTime start, double speed, Supplier<LocalDateTime> realNow) {
    this.start = start;
    this.speed = speed;
    this.startNanos = System.nanoTime();
    this.realNow = realNow;
  }

  LocalDateTime now() {
    long elapsedNanos = (long) ((System.nanoTime() - startNanos) * speed);
    LocalDateTime simulated = start.plus(Duration.ofNanos(elapsedNanos));
    LocalDateTime real = realNow.get();
    return simulated.isAfter(real) ? real : simulated;
  }

  /** Real milliseconds until the simulated clock shows {@code target} (at least 0). */
  long realMillisUntil(LocalDateTime target) {
    Duration simulated = Duration.between(now(), target);
    return Math.max(0, (long) (simulated.toMillis() / speed));
  }
}
