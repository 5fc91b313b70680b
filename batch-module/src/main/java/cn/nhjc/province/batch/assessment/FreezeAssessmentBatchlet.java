package cn.nhjc.province.batch.assessment;

import cn.nhjc.province.conservation.application.AssessmentRun;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Freezes the run: its results can no longer change. */
@Named
@Dependent
public class FreezeAssessmentBatchlet extends AbstractBatchlet {

  @EJB private AssessmentRun run;
  @Inject private JobContext job;

  @Override
  public String process() {
    run.close(job.getInstanceId());
    return "frozen";
  }
}
