package cn.nhjc.province.demo;

import cn.nhjc.province.monitoring.domain.ReadingPoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A made-up province for the generator's tests (no database): the generator must not depend on any
 * real one.
 */
final class DemoProvinceFixtures {

  private DemoProvinceFixtures() {}

  static DemoProvince province(long seed, int units, LocalDate today) {
    Set<String> industries = new HashSet<>();
    IndustryProfile.loadAll().forEach(profile -> industries.add(profile.industryCode()));
    return new DemoProvince(
        new DemoProvinceInput(seed, units, cities(), industries, energyTypes(), today));
  }

  static List<DemoCity> cities() {
    String[] names = {"甲城", "乙城", "丙城", "丁城", "戊城", "己城", "庚城", "辛城", "壬城", "癸城", "子城"};
    List<DemoCity> cities = new ArrayList<>();
    for (int c = 0; c < names.length; c++) {
      String city = String.format("99%02d00", c + 1);
      List<String> counties = new ArrayList<>();
      for (int k = 1; k <= 3 + c % 4; k++) {
        counties.add(city.substring(0, 4) + String.format("%02d", k));
      }
      cities.add(new DemoCity(city, names[c], counties));
    }
    return cities;
  }

  /** The energy types the profiles use, as in the reference dictionary db/reference/. */
  private static Map<String, DemoEnergyType> energyTypes() {
    Map<String, DemoEnergyType> types = new HashMap<>();
    String[][] rows = {
      {"0102", "无烟煤", "01", "kg", "0.7143"},
      {"0104", "一般烟煤", "01", "kg", "0.7143"},
      {"0600", "洗精煤", "02", "kg", "0.9000"},
      {"0900", "焦炭", "02", "kg", "0.9714"},
      {"1100", "焦炉煤气", "02", "m³", "0.59285"},
      {"1500", "天然气", "01", "m³", "1.2150"},
      {"2100", "柴油", "02", "kg", "1.4571"},
      {"2400", "炼厂干气", "02", "kg", "1.5714"},
      {"3200", "热力", "02", "MJ", "0.03412"},
      {"3300", "电力", "02", "kWh", "0.1229"},
    };
    for (String[] row : rows) {
      types.put(row[0], new DemoEnergyType(row[0], row[1], row[2], row[3], new BigDecimal(row[4])));
    }
    return types;
  }

  /** The unit's collect items by {@code dataCode/statType}. */
  static Map<String, DemoCollectItem> itemsByKey(DemoUnit unit) {
    Map<String, DemoCollectItem> items = new HashMap<>();
    unit.collectItems().forEach(item -> items.put(item.dataCode() + "/" + item.statType(), item));
    return items;
  }

  /** Every reading of the unit, in the order generated. */
  static List<ReadingPoint> readings(DemoProvince province, DemoUnit unit) {
    List<ReadingPoint> all = new ArrayList<>();
    province.forEachReadingBatch(unit, unit.index() + 1L, all::addAll);
    return all;
  }
}
