package cn.nhjc.province.registry.application;

import cn.nhjc.province.registry.domain.ConfiguredItem;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Units' collect-item configurations for upload checks, kept per unit and regVersion: every change
 * of a configuration raises the unit's regVersion, so a cached entry is never stale.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CollectItemCache {
  private static final int MAX_UNITS = 20_000;

  @EJB private CollectItems collectItems;

  private record Entry(int configVersion, List<ConfiguredItem> items) {}

  private final ConcurrentHashMap<Long, Entry> entries = new ConcurrentHashMap<>();

  public List<ConfiguredItem> configured(long unitId, int configVersion) {
    Entry entry = entries.get(unitId);
    if (entry == null || entry.configVersion() != configVersion) {
      if (entries.size() >= MAX_UNITS) {
        entries.clear();
      }
      entry = new Entry(configVersion, List.copyOf(collectItems.configured(unitId)));
      entries.put(unitId, entry);
    }
    return entry.items();
  }
}
