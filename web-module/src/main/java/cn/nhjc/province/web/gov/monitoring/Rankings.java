package cn.nhjc.province.web.gov.monitoring;

import cn.nhjc.province.monitoring.application.overview.EnergyMonitoring;
import cn.nhjc.province.monitoring.application.overview.OverviewAssembler;
import cn.nhjc.province.monitoring.application.overview.Ranking;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * Rankings of sub-regions (gov/monitoring/rankings.xhtml): the cities of the province, or the
 * counties of a city, ranked by total, intensity, change or data completeness; every column header
 * re-ranks by its measure (a link, so each ranking can be bookmarked).
 */
@Named
@RequestScoped
public class Rankings extends StatisticsPage {

  @EJB private EnergyMonitoring monitoring;

  private String region;
  private String by;
  private String order;
  private Ranking data;

  @Override
  protected void read() {
    data = monitoring.rankings(region, chosenPeriod(), chosenConvention(), by, order);
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
