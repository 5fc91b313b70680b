package cn.nhjc.province.batch.statistics;

import cn.nhjc.province.monitoring.application.Rollups;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;

/** Reads every unit id in ascending order; the checkpoint is the last id handed out. */
@Named
@Dependent
public class UnitIdReader extends AbstractItemReader {

  @EJB private Rollups rollups;

  private Iterator<Long> ids;
  private Long last;

  @Override
  public void open(Serializable checkpoint) {
    long after = checkpoint == null ? Long.MIN_VALUE : (Long) checkpoint;
    ids = rollups.unitIds().stream().filter(id -> id > after).iterator();
  }

  @Override
  public Object readItem() {
    if (!ids.hasNext()) {
      return null;
    }
    last = ids.next();
    return last;
  }

  @Override
  public Serializable checkpointInfo() {
    return last;
  }
}
