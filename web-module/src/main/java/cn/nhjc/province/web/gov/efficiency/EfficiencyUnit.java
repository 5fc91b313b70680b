package cn.nhjc.province.web.gov.efficiency;

import cn.nhjc.province.efficiency.application.Efficiency;
import cn.nhjc.province.efficiency.application.EfficiencyViews;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * A unit's efficiency for officials (gov/efficiency/unit.xhtml): its indicators with grades, policy
 * levels, savings and peer percentiles, each indicator's box plot among its peers with the unit
 * marked, and the 13-month trend. 403 for a unit outside the caller's scope.
 */
@Named
@RequestScoped
public class EfficiencyUnit extends EfficiencyPage {

  @EJB private Efficiency efficiency;

  private String code;
  private EfficiencyViews.UnitEfficiency unit;

  @Override
  protected void read(StatPeriod period) {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("unit: a credit code is needed");
    }
    unit = efficiency.unit(code.trim(), period);
  }

  public EfficiencyViews.UnitEfficiency getUnit() {
    return unit;
  }

  public String getBoxJson() {
    return EfficiencyCharts.boxes(unit == null ? java.util.List.of() : unit.indicators());
  }

  public String getTrendJson() {
    return EfficiencyCharts.trend(unit == null ? java.util.List.of() : unit.trend());
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
