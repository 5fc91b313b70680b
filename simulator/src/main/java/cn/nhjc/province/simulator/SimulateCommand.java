package cn.nhjc.province.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code Main simulate}: many enterprises' end devices feeding a running platform. */
final class SimulateCommand {

  static final Set<String> OPTIONS =
      Set.of(
          "--base-url",
          "--keycloak",
          "--units",
          "--state",
          "--limit",
          "--speed",
          "--start",
          "--outage-after",
          "--outage-length",
          "--threads");
  static final Set<String> FLAGS = Set.of("--once");

  private SimulateCommand() {}

  static void run(List<String> args) throws Exception {
    Options options = Options.parse(args, OPTIONS, FLAGS);
    Path stateDir = Path.of(options.text("--state", "var/simulator"));
    int threads = options.integer("--threads", 4);
    double speed = options.decimal("--speed", 1);
    if (speed <= 0) {
      throw new IllegalArgumentException("--speed must be positive");
    }
    LocalDateTime start =
        options.has("--start") ? BeijingTime.parse(options.required("--start")) : BeijingTime.now();
    Outage outage = Outage.NONE;
    if (options.has("--outage-after")) {
      LocalDateTime down = start.plus(options.duration("--outage-after", Duration.ZERO));
      outage =
          new Outage(down, down.plus(options.duration("--outage-length", Duration.ofHours(1))));
    }

    List<UnitRef> refs =
        UnitRef.readCsv(Path.of(options.required("--units")), options.integer("--limit", 0));
    FepClient fep = new FepClient(options.text("--base-url", "http://localhost:8080"));
    UnitProvisioner provisioner =
        new UnitProvisioner(
            fep,
            DeviceFile.open(stateDir),
            DeviceConfirmation.byAdministrator(
                options.text("--base-url", "http://localhost:8080"),
                options.text("--keycloak", "http://localhost:8180")));
    List<ProvisionedUnit> ready = provisioner.provisionAll(refs, threads);
    System.out.printf("%d of %d units ready%n", ready.size(), refs.size());

    Map<String, LocalDateTime> cursors = CursorFile.load(stateDir);
    List<UnitSimulation> units = new ArrayList<>();
    for (ProvisionedUnit unit : ready) {
      String code = unit.unit().creditCode();
      LocalDateTime cursor = cursors.getOrDefault(code, start.truncatedTo(ChronoUnit.HOURS));
      Backlog backlog = Backlog.load(UnitSimulation.backlogFile(stateDir, code));
      units.add(new UnitSimulation(unit, fep, provisioner, backlog, cursor));
    }
    if (outage != Outage.NONE) {
      System.out.printf(
          "link down from %s to %s (simulated)%n",
          BeijingTime.format(outage.from()), BeijingTime.format(outage.until()));
    }

    // a resumed run goes on from where its units stopped, not from --start again
    SimulatedClock clock =
        new SimulatedClock(
            resumeAt(start, units.stream().map(UnitSimulation::cursor).toList()),
            speed,
            BeijingTime::now);
    boolean once = options.has("--once");
    SimulationRun run =
        new SimulationRun(units, clock, outage, stateDir, once, threads, System.out);
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              run.stop();
              try {
                // let the request in flight finish and the state be written
                finished.await(90, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      run.run();
    } finally {
      finished.countDown();
    }
  }

  /**
   * Where the simulated clock starts: a resumed run goes on from the least advanced unit, not from
   * {@code --start} again (which would idle until the clock reached the units).
   */
  static LocalDateTime resumeAt(LocalDateTime start, List<LocalDateTime> cursors) {
    return cursors.stream()
        .min(java.util.Comparator.naturalOrder())
        .filter(cursor -> cursor.isAfter(start))
        .orElse(start);
  }
}
