package cn.nhjc.province.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;

/**
 * Drives all unit simulations along the simulated clock, one simulated hour at a time, prints one
 * summary line per simulated hour and saves the state after each. Stops at the real present with
 * {@code once}, otherwise when {@link #stop()} is called.
 */
final class SimulationRun {

  private static final Logger LOG = Logger.getLogger(SimulationRun.class.getName());
  private static final long TICK_MILLIS = 1000;
  private static final long FLUSH_PATIENCE_NANOS = 70_000_000_000L;

  private final List<UnitSimulation> units;
  private final SimulatedClock clock;
  private final Outage outage;
  private final Path stateDir;
  private final boolean once;
  private final int threads;
  private final PrintStream out;
  private final RunCounters counters = new RunCounters();
  private volatile boolean stopping;

  SimulationRun(
      List<UnitSimulation> units,
      SimulatedClock clock,
      Outage outage,
      Path stateDir,
      boolean once,
      int threads,
      PrintStream out) {
    this.units = units;
    this.clock = clock;
    this.outage = outage;
    this.stateDir = stateDir;
    this.once = once;
    this.threads = threads;
    this.out = out;
  }

  /** Asks the run to end after the requests in flight; {@link #run()} then saves and returns. */
  void stop() {
    stopping = true;
  }

  void run() throws InterruptedException, IOException {
    if (units.isEmpty()) {
      out.println("no unit to simulate");
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      // units that are behind (a restart after a pause) catch up hour by hour from the oldest
      // cursor
      LocalDateTime logged =
          units.stream()
              .map(UnitSimulation::cursor)
              .min(Comparator.naturalOrder())
              .orElseThrow()
              .truncatedTo(ChronoUnit.HOURS);
      while (!stopping) {
        LocalDateTime now = once ? BeijingTime.now() : clock.now();
        LocalDateTime nextHour = logged.plusHours(1);
        boolean hourEnded = !nextHour.isAfter(now);
        advanceAll(pool, hourEnded ? nextHour : now);
        if (hourEnded) {
          summarise(nextHour);
          saveState();
          logged = nextHour;
        } else if (once) {
          flushBacklog(pool, now);
          break;
        } else {
          Thread.sleep(Math.max(50, Math.min(TICK_MILLIS, clock.realMillisUntil(nextHour))));
        }
      }
    } finally {
      pool.shutdown();
      saveState();
      out.println("state saved in " + stateDir.toAbsolutePath());
    }
  }

  // A catch-up run should not leave uploads behind because of one passing failure: it waits out
  // the units' back-off for a while before it gives up and leaves them to the next run.
  private void flushBacklog(ExecutorService pool, LocalDateTime now) throws InterruptedException {
    long giveUpAt = System.nanoTime() + FLUSH_PATIENCE_NANOS;
    while (!stopping && backlogUploads() > 0 && System.nanoTime() < giveUpAt) {
      Thread.sleep(TICK_MILLIS);
      advanceAll(pool, now);
    }
    summarise(now);
  }

  private int backlogUploads() {
    return units.stream().mapToInt(u -> u.backlog().uploads()).sum();
  }

  private void advanceAll(ExecutorService pool, LocalDateTime target) throws InterruptedException {
    List<Callable<Void>> work = new ArrayList<>();
    for (UnitSimulation unit : units) {
      work.add(
          () -> {
            unit.advanceTo(target, outage, counters, () -> stopping);
            return null;
          });
    }
    for (Future<Void> done : pool.invokeAll(work)) {
      try {
        done.get();
      } catch (ExecutionException e) {
        LOG.warning("a unit failed this step: " + e.getCause());
      }
    }
  }

  private void summarise(LocalDateTime hour) {
    int backlogUploads = 0;
    long backlogPoints = 0;
    for (UnitSimulation unit : units) {
      backlogUploads += unit.backlog().uploads();
      backlogPoints += unit.backlog().points();
    }
    out.printf(
        "%s  %s%s | backlog %d uploads (%d points)%n",
        BeijingTime.format(hour),
        outage.linkUp(hour) ? "" : "[link down] ",
        counters.drain(),
        backlogUploads,
        backlogPoints);
    out.flush();
  }

  private synchronized void saveState() throws IOException {
    Map<String, LocalDateTime> cursors = new HashMap<>(CursorFile.load(stateDir));
    for (UnitSimulation unit : units) {
      cursors.put(unit.creditCode(), unit.cursor());
      unit.saveBacklog(stateDir);
    }
    CursorFile.save(stateDir, cursors);
  }
}
