package cn.nhjc.province.web.gov.efficiency;

import cn.nhjc.province.efficiency.application.RegionalEvaluation;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The regional evaluation (gov/efficiency/regions.xhtml): ranking by score and the watch-list. */
@Named
@RequestScoped
public class EfficiencyRegions extends EfficiencyPage {

  @EJB private RegionalEvaluation regional;

  private String level;
  private RegionalEvaluation.Evaluation evaluation;

  @Override
  protected void read(StatPeriod period) {
    evaluation = regional.regions(level, period);
  }

  public RegionalEvaluation.Evaluation getEvaluation() {
    return evaluation;
  }

  public String getLevel() {
    return level == null || level.isBlank() ? "city" : level;
  }

  public void setLevel(String level) {
    this.level = level;
  }
}
