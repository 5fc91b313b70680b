package cn.nhjc.province.batch.admin;

import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.monitoring.domain.StatType;
import cn.nhjc.province.platform.config.PlatformSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
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
import java.time.YearMonth;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Starts the statistics job on its schedule (settings {@code statistics.day-close-time}, Beijing
 * time, and {@code statistics.month-close-day}): every day it closes the day before; on the close
 * day it also closes the month before. Turned off on a node with {@code
 * platform.statistics-schedule.active=false}.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StatisticsSchedule {

  public static final String JOB = "period-statistics";
  private static final Logger LOG = Logger.getLogger(StatisticsSchedule.class.getName());

  @Resource private TimerService timers;
  @EJB private PlatformSettings settings;

  @PostConstruct
  void schedule() {
    if (!Boolean.parseBoolean(System.getProperty("platform.statistics-schedule.active", "true"))) {
      return;
    }
    LocalTime at = LocalTime.parse(settings.text("statistics.day-close-time").trim());
    timers.createCalendarTimer(
        new ScheduleExpression()
            .timezone(StatType.CALENDAR_ZONE.getId())
            .hour(at.getHour())
            .minute(at.getMinute())
            .second(0),
        new TimerConfig(null, false));
  }

  @Timeout
  void run() {
    LocalDate today = LocalDate.now(StatType.CALENDAR_ZONE);
    start(StatPeriod.day(today.minusDays(1)));
    if (today.getDayOfMonth() == settings.integer("statistics.month-close-day")) {
      start(StatPeriod.month(YearMonth.from(today).minusMonths(1)));
    }
  }

  /** When the job starts next; {@code null} when this node does not schedule it. */
  public Instant nextRun() {
    return timers.getTimers().stream()
        .map(Timer::getNextTimeout)
        .map(java.util.Date::toInstant)
        .min(Instant::compareTo)
        .orElse(null);
  }

  private void start(StatPeriod period) {
    Properties parameters = new Properties();
    parameters.setProperty("period", period.toString());
    long id = BatchRuntime.getJobOperator().start(JOB, parameters);
    LOG.info("statistics job " + id + " started for " + period);
  }
}
