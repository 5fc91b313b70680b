package cn.nhjc.province.web.gov.monitoring;

import cn.nhjc.province.monitoring.application.QualityAlarms;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The data-quality alarms page (gov/monitoring/quality.xhtml), in the user's scope. */
@Named
@ViewScoped
public class Quality implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 200;

  @EJB private QualityAlarms alarms;

  private String status = "open";
  private long total;
  private List<QualityAlarms.Alarm> rows = List.of();

  @PostConstruct
  void init() {
    refresh();
  }

  public void refresh() {
    var page = alarms.alarms(status, 0, SHOWN);
    total = page.total();
    rows = page.items();
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public long getTotal() {
    return total;
  }

  public List<QualityAlarms.Alarm> getRows() {
    return rows;
  }
}
