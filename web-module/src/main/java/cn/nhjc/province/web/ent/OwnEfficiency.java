package cn.nhjc.province.web.ent;

import cn.nhjc.province.efficiency.application.Efficiency;
import cn.nhjc.province.efficiency.application.EfficiencyViews;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.platform.security.CallerScope;
import cn.nhjc.province.platform.security.CurrentCaller;
import cn.nhjc.province.web.gov.efficiency.EfficiencyCharts;
import cn.nhjc.province.web.gov.efficiency.EfficiencyPage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The enterprise's own efficiency (ent/efficiency.xhtml): its indicators, grades, trend and its
 * position among its peers (percentile, count, and the anonymous distribution), nothing of another
 * unit.
 */
@Named
@RequestScoped
public class OwnEfficiency extends EfficiencyPage {

  @EJB private Efficiency efficiency;
  @EJB private CurrentCaller caller;

  private EfficiencyViews.UnitEfficiency unit;

  @Override
  protected void read(StatPeriod period) {
    CallerScope scope = caller.scope();
    if (scope.kind() == CallerScope.Kind.ENTERPRISE) {
      unit = efficiency.unit(scope.creditCode(), period);
    }
  }

  public EfficiencyViews.UnitEfficiency getUnit() {
    return unit;
  }

  public String getBoxJson() {
    return EfficiencyCharts.boxes(unit == null ? List.of() : unit.indicators());
  }

  public String getTrendJson() {
    return EfficiencyCharts.trend(unit == null ? List.of() : unit.trend());
  }
}
