package cn.nhjc.province.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Waits until this machine is quiet before the COPY ceiling is measured. After the load the
 * platform goes on working (old days' rollups wait for the backlog and run after it, autovacuum
 * analyzes the new rows); a COPY measured meanwhile shares the cores with that work and gives a
 * ceiling that is too low, which would flatter the ratio. Reads {@code /proc/stat} (Linux).
 */
final class QuietMachine {

  private static final Path STAT = Path.of("/proc/stat");

  private QuietMachine() {}

  /**
   * Returns once the machine's busy cores, averaged over {@code interval}, are below {@code
   * busyCores}, or after {@code longest}.
   *
   * @return how long it waited
   */
  static Duration await(double busyCores, Duration interval, Duration longest)
      throws InterruptedException {
    long start = System.nanoTime();
    if (!Files.isReadable(STAT)) {
      return Duration.ZERO;
    }
    long[] before = ticks();
    while (System.nanoTime() - start < longest.toNanos()) {
      Thread.sleep(interval.toMillis());
      long[] after = ticks();
      double busy = (after[0] - before[0]) / (double) Math.max(1, after[1] - before[1]);
      if (busy * Runtime.getRuntime().availableProcessors() < busyCores) {
        break;
      }
      before = after;
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** Busy and total jiffies of all cores, from the first line of {@code /proc/stat}. */
  static long[] ticks() {
    try {
      return parse(Files.readAllLines(STAT).get(0));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + STAT, e);
    }
  }

  /**
   * {@code cpu user nice system idle iowait irq softirq steal ...}: idle and iowait are not busy.
   */
  static long[] parse(String cpuLine) {
    List<String> fields = List.of(cpuLine.trim().split("\\s+"));
    long total = 0;
    long idle = 0;
    for (int i = 1; i < Math.min(fields.size(), 9); i++) {
      long value = Long.parseLong(fields.get(i));
      total += value;
      if (i == 4 || i == 5) {
        idle += value;
      }
    }
    return new long[] {total - idle, total};
  }
}
