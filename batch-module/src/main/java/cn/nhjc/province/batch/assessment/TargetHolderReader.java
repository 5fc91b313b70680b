package cn.nhjc.province.batch.assessment;

import cn.nhjc.province.conservation.application.AssessmentRun;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Reads the year's target holders ("level|code") in order; the checkpoint is the position. */
@Named
@Dependent
public class TargetHolderReader extends AbstractItemReader {

  @EJB private AssessmentRun run;

  @Inject
  @BatchProperty(name = "year")
  private String year;

  private List<String> holders;
  private int next;

  @Override
  public void open(Serializable checkpoint) {
    holders = run.holders(AssessmentYear.of(year));
    next = checkpoint == null ? 0 : (Integer) checkpoint;
  }

  @Override
  public Object readItem() {
    return next < holders.size() ? holders.get(next++) : null;
  }

  @Override
  public Serializable checkpointInfo() {
    return next;
  }
}
