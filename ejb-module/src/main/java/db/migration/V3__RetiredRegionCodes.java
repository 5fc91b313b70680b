package db.migration;

import cn.nhjc.province.platform.persistence.Csv;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Division codes of earlier NBS editions that real units registered with (e.g. 370672 烟台经济技术开发区,
 * 370676 since 2023): kept as retired regions pointing at their successor.
 */
public class V3__RetiredRegionCodes extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    Connection db = context.getConnection();
    try (Statement ddl = db.createStatement()) {
      ddl.execute("alter table region add column retired boolean not null default false");
      ddl.execute(
          "alter table region add column successor_code varchar(6) references region (code)");
    }
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into region (code, name, level, parent_code, retired, successor_code)"
                + " values (?, ?, 'county', ?, true, ?)")) {
      for (Map<String, String> row : Csv.readResource("db/reference/regions_retired.csv")) {
        insert.setString(1, row.get("code"));
        insert.setString(2, row.get("name"));
        insert.setString(3, row.get("parentCode"));
        String successor = row.get("successorCode");
        if (successor == null || successor.isBlank()) {
          insert.setNull(4, Types.VARCHAR);
        } else {
          insert.setString(4, successor);
        }
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
