package cn.nhjc.province.batch.statistics;

import cn.nhjc.province.monitoring.application.PeriodClosing;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Records the period as closed, with the province's totals. */
@Named
@Dependent
public class ClosePeriodBatchlet extends AbstractBatchlet {

  @EJB private PeriodClosing closing;
  @Inject private JobContext job;

  @Inject
  @BatchProperty(name = "period")
  private String period;

  @Override
  public String process() {
    closing.close(JobPeriod.of(period), job.getExecutionId());
    return "COMPLETED";
  }
}
