package cn.nhjc.province.simulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code Main overload}: how the platform behaves when offered more than it can store. First a
 * calibration: {@code --calibrate} of uploads sent by 16 clients as fast as they are answered, then
 * drained; the uploads stored per second over that whole time are the sustainable rate. Then the
 * overload: requests at {@code --factor} times that rate for {@code --duration}, paced (open loop:
 * a slow answer does not slow the offer), each request a device's re-send when one is due, else a
 * new upload, as devices that are refused (HTTP 503 or 429 with {@code Retry-After}) send again
 * after the time they are told. Then the devices' backlog is sent at the same pace until every
 * upload is acknowledged, and the platform's until every acknowledged point is stored. Every upload
 * is a unit's day of its own (days going back from {@code --day-offset}), so the readings of those
 * days must number exactly the acknowledged points: nothing lost, nothing twice.
 *
 * <p>Uploads are generated while the load runs (a whole run's bodies would not fit in memory), by a
 * producer thread ahead of the senders; the report gives the generator's CPU. Prints numbers; it is
 * not a test.
 */
final class OverloadCommand {

  static final Set<String> OPTIONS =
      Set.of(
          "--base-url",
          "--keycloak",
          "--units",
          "--state",
          "--jdbc",
          "--db-user",
          "--db-password",
          "--limit",
          "--day-offset",
          "--calibrate",
          "--rate",
          "--factor",
          "--duration",
          "--clients",
          "--health-url",
          "--metrics-url",
          "--artemis-dir",
          "--wildfly-pid",
          "--drain-timeout",
          "--out");
  static final Set<String> FLAGS = Set.of("--realtime-twins");

  /** Days the run may reach back from its newest; checked for clock changes before it starts. */
  private static final int DAYS_REACHED = 4000;

  private OverloadCommand() {}

  static void run(List<String> args) throws Exception {
    Options options = Options.parse(args, OPTIONS, FLAGS);
    String baseUrl = options.text("--base-url", "http://localhost:8080");
    if (!KeepAliveUploader.supports(baseUrl)) {
      throw new IllegalArgumentException("the overload run speaks plain http: " + baseUrl);
    }
    int dayOffset = options.integer("--day-offset", 16000);
    Duration calibrate = options.duration("--calibrate", Duration.ofMinutes(3));
    double factor = options.decimal("--factor", 3.0);
    Duration duration = options.duration("--duration", Duration.ofMinutes(15));
    int clients = options.integer("--clients", 96);
    Duration drainTimeout = options.duration("--drain-timeout", Duration.ofMinutes(45));
    LocalDate newestDay = BeijingTime.now().toLocalDate().minusDays(dayOffset + 1L);
    BeijingTime.clockChange(newestDay.minusDays(DAYS_REACHED), newestDay)
        .ifPresent(
            day -> {
              throw new IllegalArgumentException(
                  "Beijing's clocks changed on "
                      + day
                      + ": the run's days (up to "
                      + DAYS_REACHED
                      + " before the newest) must not contain a clock change; choose another"
                      + " --day-offset");
            });

    String jdbc = options.required("--jdbc");
    String dbUser = options.text("--db-user", "postgres");
    String dbPassword = options.text("--db-password", "");
    List<UnitRef> refs =
        UnitRef.readCsv(Path.of(options.required("--units")), options.integer("--limit", 300));
    if (options.has("--realtime-twins")) {
      try (var db = DriverManager.getConnection(jdbc, dbUser, dbPassword)) {
        int added = RealtimeTwins.add(db, refs.stream().map(UnitRef::creditCode).toList());
        System.out.printf("%,d fifteen-minute items added beside the daily ones%n", added);
      }
    }
    List<ProvisionedUnit> units =
        new UnitProvisioner(
                new FepClient(baseUrl),
                DeviceFile.open(Path.of(options.text("--state", "var/simulator"))),
                DeviceConfirmation.byAdministrator(
                    baseUrl, options.text("--keycloak", "http://localhost:8180")))
            .provisionAll(refs, 16);
    System.out.printf("%d of %d units ready%n", units.size(), refs.size());

    try (IngestionProbe probe =
        new IngestionProbe(DriverManager.getConnection(jdbc, dbUser, dbPassword))) {
      Map<String, Long> ids =
          probe.unitIds(units.stream().map(u -> u.unit().creditCode()).toList());
      units = units.stream().filter(u -> ids.containsKey(u.unit().creditCode())).toList();
      probe.watch(ids.values(), newestDay.minusDays(DAYS_REACHED), newestDay);
      long rowsBefore = probe.count(null);
      LocalDateTime uploadDate = BeijingTime.now();
      ServerGauges gauges =
          new ServerGauges(
              options.has("--metrics-url")
                  ? java.net.URI.create(options.required("--metrics-url"))
                  : null,
              options.has("--health-url")
                  ? java.net.URI.create(options.required("--health-url"))
                  : null,
              options.has("--artemis-dir") ? Path.of(options.required("--artemis-dir")) : null,
              options.has("--wildfly-pid")
                  ? Long.parseLong(options.required("--wildfly-pid"))
                  : ServerGauges.findWildFly());
      long cpuBefore = TimedPhase.processCpuNanos();
      try (OverloadUploads source = new OverloadUploads(units, newestDay, uploadDate)) {
        OverloadRun.Calibration calibration;
        if (options.has("--rate")) {
          calibration = null;
        } else {
          System.out.printf(
              "calibrating: %s of uploads from 16 clients as fast as answered, then drained…%n",
              calibrate);
          calibration =
              new OverloadRun(source, baseUrl, probe, gauges)
                  .calibrate(16, calibrate, drainTimeout);
          System.out.printf(
              "sustainable: %.1f uploads/s, %,.0f points/s (%,d uploads stored in %.1f s)%n",
              calibration.uploadsPerSecond(),
              calibration.pointsPerSecond(),
              calibration.uploads(),
              calibration.seconds());
        }
        double rate =
            options.has("--rate")
                ? options.decimal("--rate", 0)
                : calibration.uploadsPerSecond() * factor;
        System.out.printf(
            "overload: %.1f requests/s for %s from %d clients (Beijing %s)…%n",
            rate, duration, clients, BeijingTime.format(BeijingTime.now()));
        OverloadRun.Outcome outcome =
            new OverloadRun(source, baseUrl, probe, gauges)
                .overload(rate, duration, clients, drainTimeout);
        long generatorCpu = TimedPhase.processCpuNanos() - cpuBefore;

        long stored = probe.count(null); // the readings of every day the run may have reached
        String markdown =
            OverloadReport.markdown(
                new OverloadReport.Setup(
                    units.size(),
                    source.oldestDay(),
                    newestDay,
                    factor,
                    rate,
                    duration,
                    clients,
                    baseUrl,
                    OffsetDateTime.now()),
                calibration,
                outcome,
                source.acknowledgedPoints(),
                source.acknowledgedUploads(),
                stored - rowsBefore,
                rowsBefore,
                generatorCpu,
                source.generatorCpuNanos(),
                source.starvedNanos());
        System.out.print(markdown);
        if (options.has("--out")) {
          Files.writeString(Path.of(options.required("--out")), markdown);
        }
      }
    }
  }
}
