package cn.nhjc.province.web.gov.monitoring;

import cn.nhjc.province.monitoring.application.overview.EnergyMonitoring;
import cn.nhjc.province.monitoring.application.overview.OverviewAssembler;
import cn.nhjc.province.monitoring.application.overview.Ranking;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.web.common.PeriodChoices;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;

/**
 * Rankings of sub-regions (gov/monitoring/rankings.xhtml): the cities of the province, or the
 * counties of a city, ranked by total, intensity, change or data completeness; every column header
 * re-ranks by its measure (a link, so each ranking can be bookmarked).
 */
@Named
@RequestScoped
public class Rankings {

  @EJB private EnergyMonitoring monitoring;

  private String region;
  private String period;
  private String convention;
  private String by;
  private String order;
  private Ranking data;

  public void load() {
    if (period == null || period.isBlank()) {
      period = StatPeriod.lastCompleteMonth().toString();
    }
    try {
      data = monitoring.rankings(region, period, convention, by, order);
    } catch (IllegalArgumentException e) {
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
  }

  public List<String> getPeriods() {
    return PeriodChoices.backFrom(StatPeriod.lastCompleteMonth(), 13, 5, 2);
  }

  public List<String> getMeasures() {
    return OverviewAssembler.MEASURES;
  }

  /** The order a header link asks for: the other one for the current measure, else descending. */
  public String orderFor(String measure) {
    return data != null && measure.equals(data.by()) && "desc".equals(data.order())
        ? "asc"
        : "desc";
  }

  public Ranking getData() {
    return data;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public String getConvention() {
    return convention;
  }

  public void setConvention(String convention) {
    this.convention = convention;
  }

  public String getBy() {
    return by;
  }

  public void setBy(String by) {
    this.by = by;
  }

  public String getOrder() {
    return order;
  }

  public void setOrder(String order) {
    this.order = order;
  }
}
