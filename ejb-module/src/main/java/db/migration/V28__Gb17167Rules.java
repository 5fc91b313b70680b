package db.migration;

import cn.nhjc.province.platform.persistence.Csv;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the GB 17167 rules of metrology from {@code db/reference/gb17167_*.csv} (SOURCES.md): the
 * energy categories, the platform's energy types in each, the required configuration rates and the
 * required accuracy classes. A later version of a rule is a new file and a new migration.
 */
public class V28__Gb17167Rules extends BaseJavaMigration {

  private static final String DIR = "db/reference/";

  @Override
  public void migrate(Context context) throws SQLException {
    Connection db = context.getConnection();
    try (PreparedStatement insert =
        db.prepareStatement("insert into gb17167_category (code, name, source) values (?, ?, ?)")) {
      for (Map<String, String> row : Csv.readResource(DIR + "gb17167_categories.csv")) {
        insert.setString(1, row.get("code"));
        insert.setString(2, row.get("name"));
        insert.setString(3, row.get("source"));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into gb17167_energy_type (energy_type_code, category_code, note)"
                + " values (?, ?, ?)")) {
      for (Map<String, String> row : Csv.readResource(DIR + "gb17167_energy_types.csv")) {
        insert.setString(1, row.get("energyTypeCode"));
        nullable(insert, 2, row.get("category"));
        nullable(insert, 3, row.get("note"));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into gb17167_configuration_rate (category_code, meter_level, required_rate,"
                + " source) values (?, ?, ?, ?)")) {
      for (Map<String, String> row : Csv.readResource(DIR + "gb17167_configuration_rates.csv")) {
        insert.setString(1, row.get("category"));
        insert.setInt(2, Integer.parseInt(row.get("level").trim()));
        insert.setBigDecimal(3, new BigDecimal(row.get("requiredRate").trim()));
        insert.setString(4, row.get("source"));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into gb17167_accuracy (meter_kind, category_code, meter_level, required_class,"
                + " source) values (?, ?, ?, ?, ?)")) {
      for (Map<String, String> row : Csv.readResource(DIR + "gb17167_accuracy.csv")) {
        insert.setString(1, row.get("meterKind"));
        insert.setString(2, row.get("category"));
        insert.setInt(3, Integer.parseInt(row.get("level").trim()));
        insert.setString(4, row.get("requiredClass"));
        insert.setString(5, row.get("source"));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void nullable(PreparedStatement insert, int index, String value)
      throws SQLException {
    if (value == null || value.isBlank()) {
      insert.setNull(index, Types.VARCHAR);
    } else {
      insert.setString(index, value.trim());
    }
  }
}
