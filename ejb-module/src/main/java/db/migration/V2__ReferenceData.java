package db.migration;

import cn.nhjc.province.platform.persistence.Csv;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads dictionary version 1 from the reference files in {@code db/reference/} (see the README
 * there). A later dictionary version is a new file set and a new migration; this one never changes.
 */
public class V2__ReferenceData extends BaseJavaMigration {

  private static final String DIR = "db/reference/";

  /** Protocol §5 itemIndex of each small code list. */
  private static final Map<String, Integer> CODE_LISTS =
      Map.of(
          "input_types.csv", 6,
          "energy_classes.csv", 7,
          "usage_codes.csv", 14,
          "meter_types.csv", 15,
          "economic_types.csv", 16);

  @Override
  public void migrate(Context context) throws SQLException {
    Connection db = context.getConnection();
    loadRegions(db);
    loadIndustries(db);
    loadEnergyTypes(db);
    for (Map.Entry<String, Integer> list : CODE_LISTS.entrySet()) {
      loadCodeList(db, list.getKey(), list.getValue());
    }
    loadCodeList(db, "stat_types.csv", 101);
    loadCodeList(db, "scopes.csv", 102);
    loadLimitStandards(db);
    try (PreparedStatement version =
        db.prepareStatement(
            "insert into dictionary_version (version, description) values (1, ?)")) {
      version.setString(1, "initial dictionaries: " + DIR + "SOURCES.md");
      version.executeUpdate();
    }
  }

  private static void loadRegions(Connection db) throws SQLException {
    List<Map<String, String>> rows = Csv.readResource(DIR + "regions.csv");
    // parents first: provinces, then cities, then counties
    for (String level : List.of("province", "city", "county")) {
      try (PreparedStatement insert =
          db.prepareStatement(
              "insert into region (code, name, level, parent_code) values (?, ?, ?, ?)")) {
        for (Map<String, String> row : rows) {
          if (level.equals(row.get("level"))) {
            insert.setString(1, row.get("code"));
            insert.setString(2, row.get("name"));
            insert.setString(3, level);
            setNullable(insert, 4, row.get("parentCode"));
            insert.addBatch();
          }
        }
        insert.executeBatch();
      }
    }
  }

  private static void loadIndustries(Connection db) throws SQLException {
    List<Map<String, String>> rows = Csv.readResource(DIR + "industries.csv");
    for (String level : List.of("section", "division", "group", "class")) {
      try (PreparedStatement insert =
          db.prepareStatement(
              "insert into industry (code, name, level, parent_code) values (?, ?, ?, ?)")) {
        for (Map<String, String> row : rows) {
          if (level.equals(row.get("level"))) {
            insert.setString(1, row.get("code"));
            insert.setString(2, row.get("name"));
            insert.setString(3, level);
            setNullable(insert, 4, row.get("parentCode"));
            insert.addBatch();
          }
        }
        insert.executeBatch();
      }
    }
  }

  private static void loadEnergyTypes(Connection db) throws SQLException {
    List<Map<String, String>> rows = Csv.readResource(DIR + "energy_types.csv");
    try (PreparedStatement type =
            db.prepareStatement(
                "insert into energy_type (code, name, energy_class_code, unit) values (?, ?, ?, ?)");
        PreparedStatement coefficient =
            db.prepareStatement(
                "insert into energy_coefficient (energy_type_code, kgce_per_unit, valid_from,"
                    + " source) values (?, ?, date '2000-01-01', ?)")) {
      for (Map<String, String> row : rows) {
        type.setString(1, row.get("code"));
        type.setString(2, row.get("name"));
        type.setString(3, row.get("energyClassCode"));
        type.setString(4, row.get("unit"));
        type.addBatch();
        String kgce = row.get("kgcePerUnit");
        if (kgce != null && !kgce.isBlank()) {
          coefficient.setString(1, row.get("code"));
          coefficient.setBigDecimal(2, new BigDecimal(kgce.trim()));
          coefficient.setString(3, "GB/T 2589 (tag " + row.get("coefficientTag") + ")");
          coefficient.addBatch();
        }
      }
      type.executeBatch();
      coefficient.executeBatch();
    }
  }

  /** Loads a small code list of {@code db/reference/} as a dictionary (also for later versions). */
  static void loadCodeList(Connection db, String file, int dictionaryNo) throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into dictionary_entry (dictionary_no, code, name, attributes)"
                + " values (?, ?, ?, cast(? as jsonb))")) {
      for (Map<String, String> row : Csv.readResource(DIR + file)) {
        insert.setInt(1, dictionaryNo);
        insert.setString(2, row.get("code"));
        insert.setString(3, row.get("name"));
        insert.setString(4, attributesOf(row));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Every column other than code and name, as a JSON object of strings. */
  static String attributesOf(Map<String, String> row) {
    StringBuilder json = new StringBuilder("{");
    for (Map.Entry<String, String> column : row.entrySet()) {
      if (column.getKey().equals("code") || column.getKey().equals("name")) {
        continue;
      }
      if (json.length() > 1) {
        json.append(',');
      }
      json.append(quote(column.getKey())).append(':').append(quote(column.getValue()));
    }
    return json.append('}').toString();
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (ch < 0x20) {
            out.append(String.format("\\u%04x", (int) ch));
          } else {
            out.append(ch);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static void loadLimitStandards(Connection db) throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into limit_standard (product_code, product_name, standard, indicator, unit,"
                + " grade1, grade2, grade3) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Map<String, String> row : Csv.readResource(DIR + "limit_standards.csv")) {
        insert.setString(1, row.get("productCode"));
        insert.setString(2, row.get("productName"));
        insert.setString(3, row.get("standard"));
        insert.setString(4, row.get("indicator"));
        insert.setString(5, row.get("unit"));
        insert.setBigDecimal(6, new BigDecimal(row.get("grade1")));
        insert.setBigDecimal(7, new BigDecimal(row.get("grade2")));
        insert.setBigDecimal(8, new BigDecimal(row.get("grade3")));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void setNullable(PreparedStatement statement, int index, String value)
      throws SQLException {
    if (value == null || value.isBlank()) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, value.trim());
    }
  }
}
