package cn.nhjc.province.metrology.application;

import cn.nhjc.province.metrology.domain.Compliance;
import cn.nhjc.province.platform.notice.NoticeDraft;
import cn.nhjc.province.platform.notice.NoticeRecipient;
import cn.nhjc.province.platform.notice.NoticeSeverity;
import cn.nhjc.province.platform.notice.Notices;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The daily calibration reminders' work ({@link CalibrationReminders} runs it): a notice of kind
 * {@code calibration-expired} to its unit for each meter in service whose calibration has expired,
 * one open notice per meter and due day (source {@code meter-<id>@<due>}); the open notices of
 * meters calibrated again (or retired) since are closed. Sent as the platform itself, without a
 * caller.
 */
@Stateless
@PermitAll
public class CalibrationNotices {

  /** The notice kind, from the {@code notice_kind} dictionary. */
  public static final String KIND = "calibration-expired";

  /** What one run did. */
  public record Run(int expired, int raised, int closed) {}

  @PersistenceContext private EntityManager em;
  @EJB private Notices notices;

  public Run raise(LocalDate today) {
    List<?> rows =
        em.createNativeQuery(
                "select m.id, m.serial_no, m.name, m.calibration_due, u.credit_code, m.meter_level,"
                    + " s.name from meter m join key_unit u on u.id = m.unit_id"
                    + " left join unit_structure s on s.id = m.structure_id"
                    + " where m.status = 'in-service' and m.calibration_due < ?1"
                    + " order by m.id")
            .setParameter(1, today)
            .getResultList();
    Set<String> current = new HashSet<>();
    int raised = 0;
    for (Object o : rows) {
      Object[] r = (Object[]) o;
      LocalDate due = MeterRows.date(r[3]);
      String source = "meter-" + ((Number) r[0]).longValue() + "@" + due;
      current.add(source);
      String place = r[6] == null ? "" : "（" + r[6] + "）";
      Notices.Sent sent =
          notices.send(
              new NoticeDraft(
                  KIND,
                  NoticeSeverity.WARNING,
                  "计量器具 " + r[1] + " 检定/校准已过期",
                  "计量器具 "
                      + r[1]
                      + "「"
                      + r[2]
                      + "」"
                      + place
                      + "，"
                      + ((Number) r[5]).intValue()
                      + " 级（"
                      + Compliance.levelName(((Number) r[5]).intValue())
                      + "），检定/校准有效期至 "
                      + due
                      + "，已过期。请尽快送检并在计量器具台账中登记新的检定/校准日期和证书编号。",
                  MetrologyCompliance.CONTEXT,
                  source,
                  NoticeRecipient.unit((String) r[4])));
      if (sent.created()) {
        raised++;
      }
    }
    int closed = 0;
    for (String open : notices.openSources(KIND, MetrologyCompliance.CONTEXT)) {
      if (!current.contains(open) && notices.close(KIND, MetrologyCompliance.CONTEXT, open)) {
        closed++;
      }
    }
    return new Run(rows.size(), raised, closed);
  }
}
