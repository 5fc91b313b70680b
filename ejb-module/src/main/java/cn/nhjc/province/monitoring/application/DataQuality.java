package cn.nhjc.province.monitoring.application;

import cn.nhjc.province.monitoring.domain.QualityIndex;
import cn.nhjc.province.monitoring.domain.QualityRules;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.platform.config.PlatformSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Computes units' data-quality index for a day or month (protocol §6: completeness, daily sum
 * against monthly value, timeliness, gaps) and raises a quality alarm for each breach. Internal:
 * the statistics job calls it; pages read the results through {@link QualityAlarms}.
 */
@Stateless
@PermitAll
public class DataQuality {

  @EJB private QualityStore store;
  @EJB private PlatformSettings settings;

  /**
   * @return how many of the units broke a rule
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int assess(Collection<Long> unitIds, StatPeriod period) {
    QualityRules rules = QualityRules.from(settings::text);
    Map<Long, QualityIndex> indexes = new LinkedHashMap<>();
    store
        .measure(unitIds, period, rules)
        .forEach((unit, measured) -> indexes.put(unit, QualityIndex.evaluate(measured, rules)));
    store.save(period, indexes);
    return (int) indexes.values().stream().filter(q -> !q.passed()).count();
  }
}
