package cn.nhjc.province.batch.statistics;

import cn.nhjc.province.monitoring.application.Rollups;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Recomputes the period's figures of one chunk of units from their readings. */
@Named
@Dependent
public class UnitFiguresWriter extends AbstractItemWriter {

  @EJB private Rollups rollups;

  @Inject
  @BatchProperty(name = "period")
  private String period;

  @Override
  public void writeItems(List<Object> items) {
    rollups.recomputeUnits(items.stream().map(Long.class::cast).toList(), JobPeriod.of(period));
  }
}
