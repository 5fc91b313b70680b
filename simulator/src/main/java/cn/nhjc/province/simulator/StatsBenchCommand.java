package cn.nhjc.province.simulator;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * {@code Main bench-stats}: how long the statistics job takes to close a month, and how soon a city
 * platform's upload shows in the province's and the city's figures. Prints numbers; it is not a
 * test.
 */
final class StatsBenchCommand {

  static final Set<String> OPTIONS =
      Set.of(
          "--base-url",
          "--keycloak",
          "--jdbc",
          "--db-user",
          "--db-password",
          "--period",
          "--probes",
          "--probe-interval",
          "--close-timeout",
          "--out");
  static final Set<String> FLAGS = Set.of("--skip-close", "--skip-freshness");

  static final Set<String> FINAL_STATUSES = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");
  static final Duration JOB_POLL = Duration.ofMillis(500);

  /** The options, checked. {@code out} null when the report goes to stdout only. */
  record Settings(
      String baseUrl,
      String keycloak,
      String jdbc,
      String dbUser,
      String dbPassword,
      YearMonth period,
      int probes,
      Duration probeInterval,
      Duration closeTimeout,
      Path out,
      boolean skipClose,
      boolean skipFreshness,
      String probeIntervalText,
      String closeTimeoutText) {

    /**
     * @param now Beijing time now: the default period is the last complete month before it
     */
    static Settings parse(List<String> args, LocalDateTime now) {
      Options options = Options.parse(args, OPTIONS, FLAGS);
      YearMonth period = options.month("--period", YearMonth.from(now).minusMonths(1));
      int probes = options.integer("--probes", 30);
      boolean skipFreshness = options.has("--skip-freshness");
      if (probes < 1 && !skipFreshness) {
        throw new IllegalArgumentException("--probes must be at least 1");
      }
      String interval = options.text("--probe-interval", "2s");
      String closeTimeout = options.text("--close-timeout", "60m");
      return new Settings(
          options.text("--base-url", "http://localhost:8080"),
          options.text("--keycloak", "http://localhost:8180"),
          options.required("--jdbc"),
          options.text("--db-user", "postgres"),
          options.text("--db-password", ""),
          period,
          probes,
          Options.parseDuration(interval),
          Options.parseDuration(closeTimeout),
          options.has("--out") ? Path.of(options.required("--out")) : null,
          options.has("--skip-close"),
          skipFreshness,
          interval,
          closeTimeout);
    }

    /** The options as the report states them (never the database password). */
    String describe() {
      StringBuilder text =
          new StringBuilder()
              .append("--base-url ")
              .append(baseUrl)
              .append(" --keycloak ")
              .append(keycloak)
              .append(" --jdbc ")
              .append(jdbc)
              .append(" --db-user ")
              .append(dbUser);
      if (!skipClose) {
        text.append(" --period ")
            .append(period)
            .append(" --close-timeout ")
            .append(closeTimeoutText);
      }
      if (!skipFreshness) {
        text.append(" --probes ")
            .append(probes)
            .append(" --probe-interval ")
            .append(probeIntervalText);
      }
      if (skipClose) {
        text.append(" --skip-close");
      }
      if (skipFreshness) {
        text.append(" --skip-freshness");
      }
      return text.toString();
    }
  }

  private StatsBenchCommand() {}

  static void run(List<String> args) throws Exception {
    Settings settings = Settings.parse(args, BeijingTime.now());
    PlatformApi api = new PlatformApi(settings.baseUrl(), settings.keycloak());
    try (StatsDatabase db =
        new StatsDatabase(
            DriverManager.getConnection(
                settings.jdbc(), settings.dbUser(), settings.dbPassword()))) {
      long units = db.unitCount();
      System.out.printf("%,d units on the list%n", units);

      StatsReport.Close close = settings.skipClose() ? null : close(api, db, settings);

      StatsReport.Freshness freshness = null;
      if (!settings.skipFreshness()) {
        StatsDatabase.ProbeUnit unit =
            db.tangshanProbeUnit()
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "no Tangshan (1302…) unit has "
                                + StatsDatabase.ELECTRICITY
                                + " configured as a daily item"));
        LocalDate day = BeijingTime.now().toLocalDate().minusDays(1);
        System.out.printf(
            "freshness: %d probes on unit %s (region %s), day %s%n",
            settings.probes(), unit.creditCode(), unit.regionCode(), day);
        freshness =
            new FreshnessProbe(api, unit, day).run(settings.probes(), settings.probeInterval());
      }

      String markdown =
          StatsReport.markdown(
              new StatsReport.Run(
                  BeijingTime.format(BeijingTime.now()),
                  settings.baseUrl(),
                  BenchReport.machine(),
                  settings.describe(),
                  units,
                  close,
                  freshness));
      System.out.print(markdown);
      if (settings.out() != null) {
        BenchReport.append(settings.out(), markdown);
      }
    }
  }

  private static StatsReport.Close close(PlatformApi api, StatsDatabase db, Settings settings)
      throws Exception {
    String period = settings.period().toString();
    System.out.printf("closing %s with period-statistics…%n", period);
    long start = System.nanoTime();
    JsonObject execution = api.startStatistics(period);
    long id = execution.getJsonNumber("executionId").longValue();
    String status = execution.getString("status", "");
    String lastPrinted = "";
    while (!FINAL_STATUSES.contains(status)) {
      if (System.nanoTime() - start > settings.closeTimeout().toNanos()) {
        status = status + " after the --close-timeout of " + settings.closeTimeoutText();
        break;
      }
      Thread.sleep(JOB_POLL.toMillis());
      execution = api.execution(id);
      status = execution.getString("status", "");
      if (!status.equals(lastPrinted)) {
        System.out.printf("execution %d: %s%n", id, status);
        lastPrinted = status;
      }
    }
    long wall = System.nanoTime() - start;
    Instant startedAt = instant(execution, "startedAt");
    Instant endedAt = instant(execution, "endedAt");
    Duration job =
        startedAt == null || endedAt == null ? null : Duration.between(startedAt, endedAt);

    List<StatsReport.Step> steps = List.of();
    String stepsNote = "not in JBeret's step_execution table";
    try {
      steps = db.steps(id);
    } catch (SQLException e) {
      stepsNote = "JBeret's step_execution could not be read: " + e.getMessage();
    }
    StatsReport.Quality quality = null;
    try {
      quality = db.quality(settings.period());
    } catch (SQLException e) {
      System.err.println("data quality could not be read: " + e.getMessage());
    }
    return new StatsReport.Close(
        period,
        id,
        status,
        execution.getString("exitStatus", ""),
        wall,
        job,
        steps,
        stepsNote,
        quality);
  }

  /**
   * An instant of the execution JSON: ISO text (with Z or an offset) or epoch milliseconds; null
   * when absent or unreadable.
   */
  static Instant instant(JsonObject execution, String field) {
    JsonValue value = execution.get(field);
    if (value instanceof JsonNumber millis) {
      return Instant.ofEpochMilli(millis.longValue());
    }
    if (value instanceof JsonString text) {
      try {
        return OffsetDateTime.parse(text.getString()).toInstant();
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }
}
