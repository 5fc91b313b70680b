package cn.nhjc.province.web.gov.metrology;

import cn.nhjc.province.metrology.application.MetrologyCompliance;
import cn.nhjc.province.metrology.application.SummaryRow;
import cn.nhjc.province.metrology.application.UnitCompliance;
import cn.nhjc.province.metrology.application.UnitSummary;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.platform.security.Roles;
import cn.nhjc.province.web.common.MeterForm;
import cn.nhjc.province.web.common.MeterRegistryView;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * The government's metrology page (gov/metrology.xhtml): the summary (计量器具配备情况汇总) by city, county
 * or industry, its drill-down to the units and to one unit's report and meters; metrology officers
 * maintain that unit's meters and send it a notice.
 */
@Named("metrologySummary")
@ViewScoped
public class MetrologySummaryPage extends MeterRegistryView {
  private static final long serialVersionUID = 1L;

  @EJB private MetrologyCompliance compliance;

  private String level = "city";
  private String period;
  private List<SummaryRow> rows;
  private String group;
  private String groupName;
  private List<UnitSummary> units;
  private UnitCompliance report;
  private MeterForm form;
  private String noticeTitle;
  private String noticeBody;

  private LocalDate asOf() {
    return MetrologyCompliance.asOf(
        period == null || period.isBlank() ? null : StatPeriod.parse(period.strip()));
  }

  public List<SummaryRow> getRows() {
    if (rows == null) {
      try {
        rows = compliance.summary(level, asOf());
      } catch (IllegalArgumentException e) {
        rows = List.of();
        FacesContext.getCurrentInstance()
            .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      }
    }
    return rows;
  }

  /** Shows the summary again, for the level and period chosen. */
  public void apply() {
    rows = null;
    group = null;
    units = null;
    closeUnit();
  }

  public void selectGroup(String code, String name) {
    group = code;
    groupName = name;
    units = compliance.units(level, code, asOf());
    closeUnit();
  }

  public void selectUnit(String creditCode) {
    report = compliance.unitReport(creditCode, asOf());
    form = new MeterForm(creditCode);
    forgetUnit();
  }

  private void closeUnit() {
    report = null;
    form = null;
    forgetUnit();
  }

  @Override
  protected void saved() {
    if (form != null) {
      report = compliance.unitReport(form.getCreditCode(), asOf());
    }
  }

  public void sendNotice() {
    if (report == null) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      compliance.raiseNotice(report.creditCode(), noticeTitle, noticeBody);
      noticeTitle = null;
      noticeBody = null;
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              faces
                  .getApplication()
                  .getResourceBundle(faces, "msg")
                  .getString("metrology.noticeSent"),
              null));
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, cause.getMessage(), null));
    }
  }

  public StreamedContent getSummaryXlsx() {
    LocalDate day = asOf();
    return MeterForm.download(
        compliance.summaryXlsx(level, day), "计量器具配备情况汇总-" + level + "-" + day + ".xlsx");
  }

  @Override
  public MeterForm getForm() {
    return form;
  }

  /** Metrology officers maintain meter information (计量器具信息维护). */
  @Override
  public boolean isEditable() {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .isUserInRole(Roles.METROLOGY_OFFICER);
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public String getGroup() {
    return group;
  }

  public String getGroupName() {
    return groupName;
  }

  public List<UnitSummary> getUnits() {
    return units;
  }

  public UnitCompliance getReport() {
    return report;
  }

  public String getNoticeTitle() {
    return noticeTitle;
  }

  public void setNoticeTitle(String noticeTitle) {
    this.noticeTitle = noticeTitle;
  }

  public String getNoticeBody() {
    return noticeBody;
  }

  public void setNoticeBody(String noticeBody) {
    this.noticeBody = noticeBody;
  }
}
