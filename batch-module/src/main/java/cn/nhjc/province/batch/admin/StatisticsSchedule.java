package cn.nhjc.province.batch.admin;

import cn.nhjc.province.monitoring.application.PeriodClosing;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.monitoring.domain.StatType;
import cn.nhjc.province.platform.config.PlatformSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the statistics job on its schedule (settings {@code statistics.day-close-time}, Beijing
 * time, and {@code statistics.month-close-day}): every day it closes the day before; on the close
 * day it also closes the month before. No close is skipped because the server was down at its time
 * or its job failed: at every scheduled run, and once a few seconds after the deployment starts (so
 * that the deployment does not wait), every close that fell due within the last {@code
 * statistics.close-catch-up-days} days and has not happened ({@link DueCloses}) is started, oldest
 * first, except
 *
 * <ul>
 *   <li>a period for which no unit of the province has figures ({@link
 *       PeriodClosing#periodsWithFigures}): there is nothing to close, as on a platform without
 *       data yet; a later run closes it once figures have arrived, while it is within the window;
 *   <li>a period a {@code period-statistics} execution of this deployment is closing (STARTING or
 *       STARTED). An execution created before this deployment started is taken as left over by a
 *       crash: JBeret keeps such an execution STARTED for ever, and its period would never be
 *       closed. On a platform of several nodes, a job another node started before this one came up
 *       may thus run twice, which the job, recomputing from scratch, allows.
 * </ul>
 *
 * Turned off on a node with {@code platform.statistics-schedule.active=false}: one node of a
 * platform schedules.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StatisticsSchedule {

  public static final String JOB = "period-statistics";
  private static final long CATCH_UP_DELAY_MILLIS = 10_000;
  private static final Logger LOG = Logger.getLogger(StatisticsSchedule.class.getName());

  @Resource private TimerService timers;
  @EJB private PlatformSettings settings;
  @EJB private PeriodClosing closing;

  private Instant startedAt;

  @PostConstruct
  void schedule() {
    startedAt = Instant.now();
    if (!Boolean.parseBoolean(System.getProperty("platform.statistics-schedule.active", "true"))) {
      return;
    }
    LocalTime at = closeTime();
    timers.createCalendarTimer(
        new ScheduleExpression()
            .timezone(StatType.CALENDAR_ZONE.getId())
            .hour(at.getHour())
            .minute(at.getMinute())
            .second(0),
        new TimerConfig(null, false));
    timers.createSingleActionTimer(CATCH_UP_DELAY_MILLIS, new TimerConfig(null, false));
  }

  @Timeout
  void run(Timer timer) {
    Instant now = Instant.now();
    DueCloses closes =
        new DueCloses(
            StatType.CALENDAR_ZONE,
            closeTime(),
            settings.integer("statistics.month-close-day"),
            // a window below one day would stop the daily close itself
            Math.max(1, settings.integer("statistics.close-catch-up-days")));
    // the daily run is on time for the closes due at its own time; any other close it starts, and
    // every close the run after startup starts, was missed
    Instant onTimeFrom = timer.isCalendarTimer() ? closes.lastCloseTime(now) : Instant.MAX;
    LocalDate from = closes.firstPeriodStart(now);
    Set<StatPeriod> withFigures = closing.periodsWithFigures(from);
    JobOperator operator = BatchRuntime.getJobOperator();
    for (DueCloses.Close close :
        closes.missing(now, closing.closedSince(from), runningPeriods(operator))) {
      if (!withFigures.contains(close.period())) {
        LOG.fine("no figures for " + close.period() + ": nothing to close yet");
        continue;
      }
      start(operator, close, close.dueAt().isBefore(onTimeFrom));
    }
  }

  /** When the job starts next on its schedule; {@code null} when this node does not schedule it. */
  public Instant nextRun() {
    return timers.getTimers().stream()
        .filter(Timer::isCalendarTimer)
        .map(Timer::getNextTimeout)
        .map(Date::toInstant)
        .min(Instant::compareTo)
        .orElse(null);
  }

  private LocalTime closeTime() {
    return LocalTime.parse(settings.text("statistics.day-close-time").trim());
  }

  private void start(JobOperator operator, DueCloses.Close close, boolean missed) {
    Properties parameters = new Properties();
    parameters.setProperty("period", close.period().toString());
    try {
      long id = operator.start(JOB, parameters);
      LOG.info(
          missed
              ? "statistics job "
                  + id
                  + " started for "
                  + close.period()
                  + ", whose close at "
                  + close.dueAt().atZone(StatType.CALENDAR_ZONE).toLocalDateTime()
                  + " Beijing time was missed"
              : "statistics job " + id + " started for " + close.period());
    } catch (RuntimeException e) {
      // the other closes are started all the same; this one is tried again at the next run
      LOG.log(Level.WARNING, "the statistics job for " + close.period() + " did not start", e);
    }
  }

  /** The periods an execution of this deployment is closing now. */
  private Set<StatPeriod> runningPeriods(JobOperator operator) {
    Set<StatPeriod> periods = new HashSet<>();
    try {
      for (long id : operator.getRunningExecutions(JOB)) {
        JobExecution execution = operator.getJobExecution(id);
        if (isRunning(execution)) {
          periodOf(execution.getJobParameters()).ifPresent(periods::add);
        }
      }
    } catch (NoSuchJobException e) {
      // the job has never run
    }
    return periods;
  }

  private boolean isRunning(JobExecution execution) {
    BatchStatus status = execution.getBatchStatus();
    Date created = execution.getCreateTime();
    return (status == BatchStatus.STARTING || status == BatchStatus.STARTED)
        && (created == null || !created.toInstant().isBefore(startedAt));
  }

  /**
   * The period a job closes: its parameter, else (as the job does) the last complete month; none
   * for a malformed parameter, which fails the job at its first step.
   */
  private static Optional<StatPeriod> periodOf(Properties parameters) {
    String period = parameters == null ? null : parameters.getProperty("period");
    if (period == null || period.isBlank()) {
      return Optional.of(StatPeriod.defaultPeriod());
    }
    try {
      return Optional.of(StatPeriod.parse(period));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
