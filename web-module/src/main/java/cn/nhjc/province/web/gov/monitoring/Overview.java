package cn.nhjc.province.web.gov.monitoring;

import cn.nhjc.province.monitoring.application.OverviewService;
import cn.nhjc.province.monitoring.application.ProvinceOverview;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.web.common.MonthChoices;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/** The province overview page (gov/index.xhtml): cities, unit counts and monthly totals. */
@Named
@ViewScoped
public class Overview implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int MONTHS_OFFERED = 13;

  @EJB private OverviewService service;

  private String month;
  private ProvinceOverview overview;

  @PostConstruct
  void init() {
    month = StatPeriod.lastCompleteMonth().toString();
    load();
  }

  public void load() {
    overview = service.overview(YearMonth.parse(month));
  }

  public List<String> getMonths() {
    return MonthChoices.backFrom(StatPeriod.lastCompleteMonth(), MONTHS_OFFERED);
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public ProvinceOverview getOverview() {
    return overview;
  }
}
