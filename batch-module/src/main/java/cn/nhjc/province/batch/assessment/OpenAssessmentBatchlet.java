package cn.nhjc.province.batch.assessment;

import cn.nhjc.province.conservation.application.AssessmentRun;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Opens the job instance's run: the year's next version (the same one on a restart). */
@Named
@Dependent
public class OpenAssessmentBatchlet extends AbstractBatchlet {

  @EJB private AssessmentRun run;
  @Inject private JobContext job;

  @Inject
  @BatchProperty(name = "year")
  private String year;

  @Override
  public String process() {
    return "run " + run.open(AssessmentYear.of(year), job.getInstanceId());
  }
}
