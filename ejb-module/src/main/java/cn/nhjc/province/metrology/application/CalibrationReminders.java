package cn.nhjc.province.metrology.application;

import cn.nhjc.province.platform.config.PlatformSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily calibration job: at {@code metrology.reminder-hour} (Beijing time), and once a minute
 * after the deployment starts, {@link CalibrationNotices#raise} for today. Turned off on a node
 * with {@code platform.metrology-reminders.active=false}: one node of a platform reminds (a second
 * one would find the open notices and raise nothing).
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CalibrationReminders {
  private static final Logger LOG = Logger.getLogger(CalibrationReminders.class.getName());
  private static final long FIRST_RUN_DELAY_MILLIS = 60_000;

  @Resource private TimerService timers;
  @EJB private PlatformSettings settings;
  @EJB private CalibrationNotices work;

  @PostConstruct
  void schedule() {
    if (!Boolean.parseBoolean(System.getProperty("platform.metrology-reminders.active", "true"))) {
      return;
    }
    int hour;
    try {
      hour = settings.integer("metrology.reminder-hour");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "metrology.reminder-hour unreadable; reminders at 7", e);
      hour = 7;
    }
    timers.createCalendarTimer(
        new ScheduleExpression().hour(hour).minute(5).timezone(MeterRegistry.ZONE.getId()),
        new TimerConfig("calibration-reminders", false));
    timers.createSingleActionTimer(
        FIRST_RUN_DELAY_MILLIS, new TimerConfig("calibration-reminders-start", false));
  }

  @Timeout
  void run() {
    try {
      CalibrationNotices.Run run = work.raise(MeterRegistry.today());
      LOG.info(
          () ->
              "calibration reminders: "
                  + run.expired()
                  + " meters expired, "
                  + run.raised()
                  + " notices raised, "
                  + run.closed()
                  + " closed");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the calibration reminders failed; the next run tries again", e);
    }
  }
}
