package cn.nhjc.province.registry.application;

import cn.nhjc.province.registry.domain.ConfiguredItem;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit's collect-item configuration: read for upload checks and {@code downloadConfigData},
 * replaced as a whole by {@code uploadEnergyInfo}. Every change raises the unit's regVersion.
 */
@Stateless
@PermitAll
public class CollectItems {

  @PersistenceContext private EntityManager em;
  @EJB private DeviceKeyCache devices;

  public List<ConfiguredItem> configured(long unitId) {
    List<ConfiguredItem> items = new ArrayList<>();
    for (Object result :
        em.createNativeQuery(
                "select data_code, stat_type, value_min, value_max from collect_item"
                    + " where unit_id = ?1")
            .setParameter(1, unitId)
            .getResultList()) {
      Object[] row = (Object[]) result;
      items.add(
          new ConfiguredItem(
              (String) row[0],
              ((Number) row[1]).intValue(),
              (BigDecimal) row[2],
              (BigDecimal) row[3]));
    }
    return items;
  }

  public List<CollectItemDto> describe(long unitId) {
    List<CollectItemDto> items = new ArrayList<>();
    for (Object result :
        em.createNativeQuery(
                "select data_code, name, energy_class_code, energy_type_code, data_usage_code,"
                    + " input_type, stat_type, scope, value_min, value_max from collect_item"
                    + " where unit_id = ?1 order by data_code, stat_type")
            .setParameter(1, unitId)
            .getResultList()) {
      Object[] row = (Object[]) result;
      items.add(
          new CollectItemDto(
              (String) row[0],
              (String) row[1],
              (String) row[2],
              (String) row[3],
              (String) row[4],
              ((Number) row[5]).intValue(),
              ((Number) row[6]).intValue(),
              ((Number) row[7]).intValue(),
              (BigDecimal) row[8],
              (BigDecimal) row[9]));
    }
    return items;
  }

  /**
   * Replaces the unit's configuration with the given items (already checked against the
   * dictionaries) and raises its regVersion. Readings keep their dataCodes whatever happens here.
   */
  public int replace(long unitId, List<CollectItemDto> items) {
    // an item that stays keeps the day it began to be collected; a new one begins today
    java.util.Map<String, Object> since = new java.util.HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select data_code || '|' || stat_type, collecting_since from collect_item"
                    + " where unit_id = ?1")
            .setParameter(1, unitId)
            .getResultList()) {
      Object[] columns = (Object[]) row;
      since.put((String) columns[0], columns[1]);
    }
    em.createNativeQuery("delete from collect_item where unit_id = ?1")
        .setParameter(1, unitId)
        .executeUpdate();
    for (CollectItemDto item : items) {
      em.createNativeQuery(
              "insert into collect_item (unit_id, data_code, name, energy_class_code,"
                  + " energy_type_code, data_usage_code, input_type, stat_type, scope, value_min,"
                  + " value_max, collecting_since) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
                  + " ?10, ?11, coalesce(cast(?12 as date),"
                  + " cast(now() at time zone 'Asia/Shanghai' as date)))")
          .setParameter(1, unitId)
          .setParameter(2, item.dataCode())
          .setParameter(3, item.name())
          .setParameter(4, item.energyClassCode())
          .setParameter(5, item.energyTypeCode())
          .setParameter(6, item.dataUsageCode())
          .setParameter(7, item.inputType())
          .setParameter(8, item.statType())
          .setParameter(9, item.scope())
          .setParameter(10, item.valueMin())
          .setParameter(11, item.valueMax())
          .setParameter(12, dateText(since.get(item.dataCode() + "|" + item.statType())))
          .executeUpdate();
    }
    devices.invalidate(); // a device carries its unit's configuration version
    return ((Number)
            em.createNativeQuery(
                    "update key_unit set config_version = config_version + 1 where id = ?1"
                        + " returning config_version")
                .setParameter(1, unitId)
                .getSingleResult())
        .intValue();
  }

  private static String dateText(Object date) {
    return date == null ? null : date.toString();
  }
}
