package cn.nhjc.province.simulator;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code Main bench}: how fast a running platform turns protocol uploads into committed rows,
 * compared with a plain COPY of the same rows. Prints numbers; it is not a test.
 */
final class BenchCommand {

  static final Set<String> OPTIONS =
      Set.of(
          "--base-url",
          "--keycloak",
          "--units",
          "--state",
          "--jdbc",
          "--db-user",
          "--db-password",
          "--days",
          "--concurrency",
          "--limit",
          "--day-offset",
          "--out",
          "--drain-timeout",
          "--warmup-days",
          "--days-per-upload",
          "--spread",
          "--resend-after",
          "--health-url");
  static final Set<String> FLAGS = Set.of("--backlog-only", "--realtime-twins");

  private BenchCommand() {}

  static void run(List<String> args) throws Exception {
    Options options = Options.parse(args, OPTIONS, FLAGS);
    String baseUrl = options.text("--base-url", "http://localhost:8080");
    int days = options.integer("--days", 7);
    int concurrency = options.integer("--concurrency", 16);
    int daysPerUpload = options.integer("--days-per-upload", 1);
    int dayOffset = options.integer("--day-offset", 40);
    Duration drainTimeout = options.duration("--drain-timeout", Duration.ofMinutes(10));
    boolean backlogOnly = options.has("--backlog-only");
    Duration spread = options.duration("--spread", Duration.ZERO);
    Duration resendAfter =
        options.has("--resend-after") ? options.duration("--resend-after", null) : null;
    // the backlog ends dayOffset days ago, away from the demo's recent realtime history
    LocalDate lastDay = BeijingTime.now().toLocalDate().minusDays(dayOffset + 1L);
    LocalDate firstDay = lastDay.minusDays(days - 1L);
    int warmupDays = options.integer("--warmup-days", 1);
    BeijingTime.clockChange(firstDay.minusDays(Math.max(warmupDays, 0)), lastDay)
        .ifPresent(
            day -> {
              throw new IllegalArgumentException(
                  "Beijing's clocks changed on "
                      + day
                      + " (daylight saving, 1986-1991): the protocol's wall-clock times cannot"
                      + " name that day's quarter-hours; choose another --day-offset");
            });

    List<UnitRef> refs =
        UnitRef.readCsv(Path.of(options.required("--units")), options.integer("--limit", 300));
    if (options.has("--realtime-twins")) {
      try (Connection db =
          DriverManager.getConnection(
              options.required("--jdbc"),
              options.text("--db-user", "postgres"),
              options.text("--db-password", ""))) {
        int added = RealtimeTwins.add(db, refs.stream().map(UnitRef::creditCode).toList());
        System.out.printf("%,d fifteen-minute items added beside the daily ones%n", added);
      }
    }
    FepClient fep = new FepClient(baseUrl);
    Path stateDir = Path.of(options.text("--state", "var/simulator"));
    List<ProvisionedUnit> units =
        new UnitProvisioner(
                fep,
                DeviceFile.open(stateDir),
                DeviceConfirmation.byAdministrator(
                    baseUrl, options.text("--keycloak", "http://localhost:8180")))
            .provisionAll(refs, concurrency);
    System.out.printf("%d of %d units ready%n", units.size(), refs.size());

    try (IngestionProbe probe =
        new IngestionProbe(
            DriverManager.getConnection(
                options.required("--jdbc"),
                options.text("--db-user", "postgres"),
                options.text("--db-password", "")))) {
      Map<String, Long> ids =
          probe.unitIds(units.stream().map(u -> u.unit().creditCode()).toList());
      units = units.stream().filter(u -> ids.containsKey(u.unit().creditCode())).toList();
      probe.watch(ids.values(), firstDay, lastDay);

      if (warmupDays > 0) {
        // the server's JIT and pools warm up on days just before the measured ones, so that the
        // figures are those of a running platform, not of its first minute
        LocalDate warmupFirst = firstDay.minusDays(warmupDays);
        System.out.printf("warming up with %d days (%s …)%n", warmupDays, warmupFirst);
        probe.watch(ids.values(), warmupFirst, firstDay.minusDays(1));
        BenchWorkload warmup =
            BenchWorkload.build(
                units,
                ids,
                warmupFirst,
                warmupDays,
                daysPerUpload,
                Runtime.getRuntime().availableProcessors());
        new TimedPhase(warmup.uploads, baseUrl, concurrency, Duration.ZERO, resendAfter)
            .run(probe, warmup.points, drainTimeout);
        probe.watch(ids.values(), firstDay, lastDay);
        Duration settled = QuietMachine.await(0.25, Duration.ofSeconds(1), Duration.ofSeconds(180));
        System.out.printf(
            "waited %.1f s after the warm-up for the machine to be quiet%n",
            settled.toMillis() / 1000.0);
      }
      System.out.printf(
          "generating %d days of %d units (%s … %s)…%n", days, units.size(), firstDay, lastDay);
      BenchWorkload workload =
          BenchWorkload.build(
              units,
              ids,
              firstDay,
              days,
              daysPerUpload,
              Runtime.getRuntime().availableProcessors());
      System.out.printf(
          "%,d points in %,d uploads ready; sending with %d clients from %s (Beijing time)%n",
          workload.points,
          workload.uploads.size(),
          concurrency,
          BeijingTime.format(BeijingTime.now()));

      FreshnessSampler sampler =
          options.has("--health-url")
              ? new FreshnessSampler(java.net.URI.create(options.required("--health-url")))
              : null;
      TimedPhase.Outcome outcome;
      try {
        outcome =
            new TimedPhase(workload.uploads, baseUrl, concurrency, spread, resendAfter)
                .run(probe, workload.points, drainTimeout);
      } finally {
        if (sampler != null) {
          sampler.close();
        }
      }
      System.out.printf(
          "sent and stored by %s (Beijing time)%n", BeijingTime.format(BeijingTime.now()));

      Duration quiet = QuietMachine.await(0.25, Duration.ofSeconds(1), Duration.ofSeconds(180));
      System.out.printf(
          "waited %.1f s for the machine to be quiet (the platform's work after the load) before"
              + " the COPY%n",
          quiet.toMillis() / 1000.0);
      double copyRate;
      try (Connection db =
          DriverManager.getConnection(
              options.required("--jdbc"),
              options.text("--db-user", "postgres"),
              options.text("--db-password", ""))) {
        copyRate = CopyCeiling.measure(db, workload.copyRows, workload.points);
      }

      BenchReport.Setup setup =
          new BenchReport.Setup(
              (dayOffset == 0 && days == 1
                      ? "Midnight peak — yesterday's data of every unit, on the live lane"
                      : backlogOnly ? "Backlog drain" : "Ingestion benchmark")
                  + (daysPerUpload > 1
                      ? " — devices catching up, " + daysPerUpload + " days per upload"
                      : ""),
              backlogOnly,
              units.size(),
              days,
              firstDay.toString(),
              lastDay.toString(),
              concurrency,
              baseUrl,
              workload.points,
              workload.uploads);
      String markdown =
          BenchReport.markdown(
              setup,
              outcome,
              copyRate,
              new BenchReport.Arrivals(spread, resendAfter),
              sampler == null ? null : sampler.samples(),
              sampler == null ? 0 : sampler.unanswered());
      System.out.print(markdown);
      if (options.has("--out")) {
        BenchReport.append(Path.of(options.required("--out")), markdown);
      }
    }
  }
}
