package cn.nhjc.province.batch.monthlyrollup;

import cn.nhjc.province.monitoring.application.MonthlyEnergyRollup;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.List;

/** Recomputes the month for one chunk of units. */
@Named
@Dependent
public class MonthlyRollupWriter extends AbstractItemWriter {

  @EJB private MonthlyEnergyRollup rollup;

  @Inject
  @BatchProperty(name = "month")
  private String month;

  @Override
  public void writeItems(List<Object> items) {
    YearMonth period =
        month == null || month.isBlank()
            ? MonthlyEnergyRollup.lastCompleteMonth()
            : YearMonth.parse(month);
    rollup.rollup(period, items.stream().map(Long.class::cast).toList());
  }
}
