package cn.nhjc.province.batch.statistics;

import cn.nhjc.province.monitoring.application.PeriodClosing;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Refreshes the planner's statistics of the partitioned readings, which autovacuum does not. */
@Named
@Dependent
public class ReadingStatisticsBatchlet extends AbstractBatchlet {

  @EJB private PeriodClosing closing;

  @Override
  public String process() {
    closing.analyzeReadings();
    return "COMPLETED";
  }
}
