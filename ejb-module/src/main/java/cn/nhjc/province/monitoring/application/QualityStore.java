package cn.nhjc.province.monitoring.application;

import cn.nhjc.province.monitoring.domain.QualityIndex;
import cn.nhjc.province.monitoring.domain.QualityRules;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import java.util.Collection;
import java.util.Map;

/**
 * Where data quality is measured from the readings and its index and alarms are kept. Every method
 * runs in the caller's transaction. Implemented in infrastructure.
 */
public interface QualityStore {

  /** What the quality index needs of each unit for the period (a day or a month). */
  Map<Long, QualityIndex.Measured> measure(
      Collection<Long> unitIds, StatPeriod period, QualityRules rules);

  /** Stores the indexes, raises an alarm per breach and resolves the alarms no longer breached. */
  void save(StatPeriod period, Map<Long, QualityIndex> indexes);
}
