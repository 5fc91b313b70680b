package cn.nhjc.province.batch.statistics;

import cn.nhjc.province.monitoring.application.DataQuality;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Computes the data-quality index of one chunk of units and raises their alarms. */
@Named
@Dependent
public class QualityWriter extends AbstractItemWriter {

  @EJB private DataQuality quality;

  @Inject
  @BatchProperty(name = "period")
  private String period;

  @Override
  public void writeItems(List<Object> items) {
    quality.assess(items.stream().map(Long.class::cast).toList(), JobPeriod.of(period));
  }
}
