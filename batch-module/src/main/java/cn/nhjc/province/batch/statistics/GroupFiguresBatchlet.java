package cn.nhjc.province.batch.statistics;

import cn.nhjc.province.monitoring.application.Rollups;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Recomputes every region's and industry's figures of the period from the units' figures. */
@Named
@Dependent
public class GroupFiguresBatchlet extends AbstractBatchlet {

  @EJB private Rollups rollups;

  @Inject
  @BatchProperty(name = "period")
  private String period;

  @Override
  public String process() {
    rollups.recomputeGroups(rollups.unitIds(), JobPeriod.of(period));
    return "COMPLETED";
  }
}
