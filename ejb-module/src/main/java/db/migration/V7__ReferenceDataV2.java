package db.migration;

import cn.nhjc.province.platform.persistence.Csv;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Dictionary version 2 (files in {@code db/reference/}, see SOURCES.md): products (dictionary 10)
 * with the limit standards that grade them, economic indicators (dictionary 12), the usage codes
 * this platform adds to dictionary 14, and the energy-mix groups of the energy types.
 */
public class V7__ReferenceDataV2 extends BaseJavaMigration {

  private static final String DIR = "db/reference/";
  private static final int PRODUCTS = 10;
  private static final int ECONOMIC_INDICATORS = 12;
  private static final int USAGE_CODES = 14;

  @Override
  public void migrate(Context context) throws SQLException {
    Connection db = context.getConnection();
    V2__ReferenceData.loadCodeList(db, "products.csv", PRODUCTS);
    V2__ReferenceData.loadCodeList(db, "economic_indicators.csv", ECONOMIC_INDICATORS);
    V2__ReferenceData.loadCodeList(db, "usage_codes.v2.csv", USAGE_CODES);
    linkLimitStandards(db);
    loadMixGroups(db);
    try (PreparedStatement version =
        db.prepareStatement(
            "insert into dictionary_version (version, description) values (2, ?)")) {
      version.setString(
          1, "products, economic indicators, usage codes 00 and 30: " + DIR + "SOURCES.md");
      version.executeUpdate();
    }
  }

  private static void linkLimitStandards(Connection db) throws SQLException {
    try (PreparedStatement basis =
            db.prepareStatement(
                "update limit_standard set basis = ?, numerator_unit = ? where product_code = ?");
        PreparedStatement product =
            db.prepareStatement(
                "update limit_standard set product_item_code = ? where product_code = ?")) {
      for (Map<String, String> row : Csv.readResource(DIR + "limit_standard_basis.csv")) {
        basis.setString(1, row.get("basis"));
        basis.setString(2, row.get("numeratorUnit"));
        basis.setString(3, row.get("productCode"));
        basis.addBatch();
      }
      basis.executeBatch();
      for (Map<String, String> row : Csv.readResource(DIR + "products.csv")) {
        for (String standard : list(row.get("limitStandards"))) {
          product.setString(1, row.get("code"));
          product.setString(2, standard);
          product.addBatch();
        }
      }
      product.executeBatch();
    }
  }

  private static void loadMixGroups(Connection db) throws SQLException {
    try (PreparedStatement group =
            db.prepareStatement("insert into energy_mix_group (code, name, ord) values (?, ?, ?)");
        PreparedStatement type =
            db.prepareStatement("update energy_type set mix_group = ? where code = ?")) {
      short order = 0;
      for (Map<String, String> row : Csv.readResource(DIR + "energy_mix_groups.csv")) {
        group.setString(1, row.get("code"));
        group.setString(2, row.get("name"));
        group.setShort(3, order++);
        group.addBatch();
        for (String code : list(row.get("energyTypeCodes"))) {
          type.setString(1, row.get("code"));
          type.setString(2, code);
          type.addBatch();
        }
      }
      group.executeBatch();
      type.executeBatch();
    }
  }

  private static List<String> list(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return List.of(value.trim().split(";"));
  }
}
