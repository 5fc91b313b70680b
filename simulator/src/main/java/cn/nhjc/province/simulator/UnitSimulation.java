package cn.nhjc.province.simulator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

/**
 * One enterprise's end device over simulated time: hour by hour it queues the hour's 15-minute
 * values, once a day (at its upload slot) the previous day's values, on the 2nd the previous
 * month's, on 2 January the previous year's; it sends its backlog oldest first whenever the link is
 * up. Used by one thread at a time.
 */
final class UnitSimulation {

  private static final Logger LOG = Logger.getLogger(UnitSimulation.class.getName());
  private static final long MAX_BACKOFF_SECONDS = 300;

  private final ProvisionedUnit unit;
  private final FrontEndProcessor fep;
  private final UnitProvisioner provisioner;
  private final UploadEncoder encoder;
  private final Backlog backlog;
  private final LocalTime uploadTime;
  private UnitConfig config;
  private ReadingGenerator generator;
  private LocalDateTime cursor;
  private int failuresInARow;
  private long retryAtNanos = Long.MIN_VALUE;
  private boolean backlogChanged;

  UnitSimulation(
      ProvisionedUnit unit,
      FrontEndProcessor fep,
      UnitProvisioner provisioner,
      Backlog backlog,
      LocalDateTime cursor) {
    this.unit = unit;
    this.fep = fep;
    this.provisioner = provisioner;
    this.encoder = new UploadEncoder(unit.device());
    this.backlog = backlog;
    this.cursor = cursor;
    this.uploadTime = parseSlot(unit.device().uploadTime());
    useConfig(unit.config());
  }

  String creditCode() {
    return unit.unit().creditCode();
  }

  LocalDateTime cursor() {
    return cursor;
  }

  Backlog backlog() {
    return backlog;
  }

  /** Simulates every whole hour up to {@code target} and sends what is due. */
  void advanceTo(
      LocalDateTime target, Outage outage, RunCounters counters, BooleanSupplier stopping)
      throws InterruptedException {
    while (!stopping.getAsBoolean() && !cursor.plusHours(1).isAfter(target)) {
      LocalDateTime hourEnd = cursor.plusHours(1);
      if (hourEnd.toLocalTime().equals(LocalTime.MIDNIGHT) && outage.linkUp(hourEnd)) {
        refreshConfigWhenChanged();
      }
      queue(generator.realtime(cursor, hourEnd, hourEnd));
      LocalDateTime slot = cursor.toLocalDate().atTime(uploadTime);
      if (!slot.isBefore(cursor) && slot.isBefore(hourEnd)) {
        queuePeriodsEndedBefore(cursor.toLocalDate(), hourEnd);
      }
      cursor = hourEnd;
      if (outage.linkUp(hourEnd)) {
        sendDue(hourEnd, counters, stopping);
      }
    }
    if (!stopping.getAsBoolean() && outage.linkUp(target)) {
      sendDue(target, counters, stopping);
    }
  }

  /** Writes the backlog file when it changed since the last save. */
  void saveBacklog(Path stateDir) throws IOException {
    if (backlogChanged) {
      backlog.save(backlogFile(stateDir, creditCode()));
      backlogChanged = false;
    }
  }

  static Path backlogFile(Path stateDir, String creditCode) {
    return stateDir.resolve("backlog").resolve(creditCode + ".csv");
  }

  private void queuePeriodsEndedBefore(LocalDate today, LocalDateTime now) {
    queue(generator.daily(today.minusDays(1), now));
    if (today.getDayOfMonth() == 2) {
      queue(generator.monthly(YearMonth.from(today).minusMonths(1), now));
      if (today.getMonthValue() == 1) {
        queue(generator.yearly(Year.from(today).minusYears(1), now));
      }
    }
  }

  private void queue(List<Reading> readings) {
    if (!readings.isEmpty()) {
      backlog.add(readings);
      backlogChanged = true;
    }
  }

  private void sendDue(LocalDateTime now, RunCounters counters, BooleanSupplier stopping)
      throws InterruptedException {
    while (!backlog.isEmpty() && !stopping.getAsBoolean() && System.nanoTime() >= retryAtNanos) {
      List<Reading> upload = backlog.oldest();
      FepAnswer answer;
      try {
        answer = fep.uploadEnergyData(encoder.encodeOne(upload, now));
      } catch (IOException e) {
        backOff(counters, "I/O: " + e.getMessage());
        return;
      }
      if (answer.accepted()) {
        counters.accepted.increment();
        counters.pointsSent.add(upload.size());
      } else if (answer.refusedAsInvalid()) {
        counters.refused.increment();
        LOG.warning(
            creditCode()
                + ": upload of "
                + upload.size()
                + " refused, dropped: "
                + answer.message());
      } else {
        backOff(counters, answer.message());
        return;
      }
      backlog.removeOldest();
      backlogChanged = true;
      failuresInARow = 0;
      retryAtNanos = Long.MIN_VALUE;
    }
  }

  // Exponential back-off in real time: a platform that is down should not be hammered, whatever
  // the simulation speed.
  private void backOff(RunCounters counters, String reason) {
    counters.failed.increment();
    failuresInARow++;
    long seconds = Math.min(MAX_BACKOFF_SECONDS, 1L << Math.min(failuresInARow, 20));
    retryAtNanos = System.nanoTime() + seconds * 1_000_000_000L;
    if (failuresInARow == 1 || seconds == MAX_BACKOFF_SECONDS) {
      LOG.info(creditCode() + ": upload not accepted (" + reason + "), retry in " + seconds + " s");
    }
  }

  private void refreshConfigWhenChanged() throws InterruptedException {
    try {
      FepAnswer versions = fep.versionCheck(unit.device());
      String regVersion = versions.body().getString("regVersion", config.regVersion());
      if (versions.accepted() && !regVersion.equals(config.regVersion())) {
        provisioner.downloadConfig(unit.device()).ifPresent(this::useConfig);
        LOG.info(creditCode() + ": configuration changed, now regVersion " + config.regVersion());
      }
    } catch (IOException e) {
      LOG.fine(creditCode() + ": versionCheck failed, keeping the configuration: " + e);
    }
  }

  private void useConfig(UnitConfig newConfig) {
    this.config = newConfig;
    this.generator = new ReadingGenerator(creditCode(), newConfig.items());
  }

  private static LocalTime parseSlot(String text) {
    try {
      return LocalTime.parse(text);
    } catch (RuntimeException e) {
      return LocalTime.of(0, 30);
    }
  }
}
