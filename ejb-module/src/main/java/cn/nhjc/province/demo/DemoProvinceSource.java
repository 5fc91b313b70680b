package cn.nhjc.province.demo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads what the demo generator needs from the dictionary tables of the configured province. */
final class DemoProvinceSource {

  private static final String COUNTIES =
      """
      select c.code, c.name, p.code as parent_code, p.level as parent_level, p.name as parent_name
        from region c left join region p on p.code = c.parent_code
       where c.level = 'county' and c.code like ?
       order by c.code
      """;

  private static final String ENERGY_TYPES =
      """
      select t.code, t.name, t.energy_class_code, t.unit, c.kgce_per_unit
        from energy_type t
        join energy_coefficient c on c.energy_type_code = t.code
       where c.valid_from <= ? and (c.valid_to is null or c.valid_to > ?)
         and c.kgce_per_unit > 0
      """;

  private DemoProvinceSource() {}

  static DemoProvinceInput read(
      Connection db, String provinceCode, long seed, int unitCount, LocalDate today)
      throws SQLException {
    return new DemoProvinceInput(
        seed,
        unitCount,
        cities(db, provinceCode),
        industryClasses(db),
        energyTypes(db, today),
        today);
  }

  /**
   * The province's county-level regions grouped by city; a county directly under the province
   * (省直辖县级市) is its own city.
   */
  static List<DemoCity> cities(Connection db, String provinceCode) throws SQLException {
    if (!provinceCode.matches("\\d{2}0000")) {
      throw new IllegalArgumentException("not a province code: " + provinceCode);
    }
    String provinceName = provinceName(db, provinceCode);
    Map<String, String> cityNames = new HashMap<>();
    Map<String, List<String>> countiesByCity = new TreeMap<>();
    try (PreparedStatement query = db.prepareStatement(COUNTIES)) {
      query.setString(1, provinceCode.substring(0, 2) + "%");
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          String county = rows.getString("code");
          boolean underCity = "city".equals(rows.getString("parent_level"));
          String city = underCity ? rows.getString("parent_code") : county;
          String officialName = underCity ? rows.getString("parent_name") : rows.getString("name");
          cityNames.putIfAbsent(city, NameMaker.shortPlaceName(officialName, provinceName));
          countiesByCity.computeIfAbsent(city, code -> new ArrayList<>()).add(county);
        }
      }
    }
    if (countiesByCity.isEmpty()) {
      throw new IllegalStateException(
          "the region dictionary has no county-level region for province " + provinceCode);
    }
    List<DemoCity> cities = new ArrayList<>();
    countiesByCity.forEach(
        (code, counties) -> cities.add(new DemoCity(code, cityNames.get(code), counties)));
    return cities;
  }

  private static String provinceName(Connection db, String provinceCode) throws SQLException {
    try (PreparedStatement query = db.prepareStatement("select name from region where code = ?")) {
      query.setString(1, provinceCode);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          throw new IllegalStateException("province " + provinceCode + " is not in the dictionary");
        }
        return rows.getString(1);
      }
    }
  }

  private static Set<String> industryClasses(Connection db) throws SQLException {
    Set<String> codes = new HashSet<>();
    try (PreparedStatement query =
            db.prepareStatement("select code from industry where level = 'class'");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        codes.add(rows.getString(1));
      }
    }
    return codes;
  }

  /** Energy types with the coefficient in force today. */
  private static Map<String, DemoEnergyType> energyTypes(Connection db, LocalDate today)
      throws SQLException {
    Map<String, DemoEnergyType> types = new HashMap<>();
    try (PreparedStatement query = db.prepareStatement(ENERGY_TYPES)) {
      query.setDate(1, Date.valueOf(today));
      query.setDate(2, Date.valueOf(today));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          DemoEnergyType type =
              new DemoEnergyType(
                  rows.getString("code"),
                  rows.getString("name"),
                  rows.getString("energy_class_code"),
                  rows.getString("unit"),
                  rows.getBigDecimal("kgce_per_unit"));
          types.put(type.code(), type);
        }
      }
    }
    return types;
  }
}
