package cn.nhjc.province.batch.statistics;

import cn.nhjc.province.monitoring.domain.PeriodType;
import cn.nhjc.province.monitoring.domain.StatPeriod;

/** The job parameter {@code period}: a day (yyyy-MM-dd) or a month (yyyy-MM). */
final class JobPeriod {

  private JobPeriod() {}

  static StatPeriod of(String parameter) {
    if (parameter == null || parameter.isBlank()) {
      return StatPeriod.defaultPeriod();
    }
    StatPeriod period = StatPeriod.parse(parameter);
    if (period.type() != PeriodType.DAY && period.type() != PeriodType.MONTH) {
      throw new IllegalArgumentException(
          "the statistics job closes a day or a month: " + parameter);
    }
    return period;
  }
}
