package cn.nhjc.province.batch.assessment;

import cn.nhjc.province.conservation.application.AssessmentRun;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Assesses one chunk of holders into the run of the job instance. */
@Named
@Dependent
public class AssessmentWriter extends AbstractItemWriter {

  @EJB private AssessmentRun run;
  @Inject private JobContext job;

  @Override
  public void writeItems(List<Object> items) {
    run.assess(job.getInstanceId(), items.stream().map(String.class::cast).toList());
  }
}
