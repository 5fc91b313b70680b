package db.migration;

import cn.nhjc.province.platform.persistence.Csv;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The policy levels of the national list of key industrial areas (能效标杆水平 and 基准水平, 2023 edition)
 * from {@code db/reference/policy_levels.csv} (see SOURCES.md); an empty cell stays null.
 */
public class V24__PolicyLevels extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    Connection db = context.getConnection();
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into efficiency_policy_level (edition, limit_standard, benchmark, baseline,"
                + " deadline, document, source) values (?, ?, ?, ?, ?, ?, ?)")) {
      for (Map<String, String> row : Csv.readResource("db/reference/policy_levels.csv")) {
        insert.setString(1, row.get("edition"));
        insert.setString(2, row.get("limitStandard"));
        decimal(insert, 3, row.get("benchmark"));
        decimal(insert, 4, row.get("baseline"));
        String deadline = row.get("deadline");
        if (deadline == null || deadline.isBlank()) {
          insert.setNull(5, Types.DATE);
        } else {
          insert.setDate(5, Date.valueOf(deadline.trim()));
        }
        insert.setString(6, row.get("document"));
        insert.setString(7, row.get("source"));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void decimal(PreparedStatement statement, int index, String text)
      throws SQLException {
    if (text == null || text.isBlank()) {
      statement.setNull(index, Types.NUMERIC);
    } else {
      statement.setBigDecimal(index, new BigDecimal(text.trim()));
    }
  }
}
