package cn.nhjc.province.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Transactions left prepared in the platform's database by a platform that committed with two-phase
 * XA, as versions before 2026-12-07 did. The platform never prepares one now, so any that remain
 * are orphans: their branch of the broker is gone or decided, and they hold their locks until they
 * are finished, which would stop every batch that needs the same readings.
 *
 * <p>An orphan is committed, never rolled back. What it holds is the storing of acknowledged
 * uploads together with their intake receipts: committed, the uploads are stored once and a
 * redelivery of their messages finds the receipts; rolled back, the data would be lost if the
 * broker's branch had committed (the messages acknowledged).
 */
public final class PreparedTransactions {
  private static final Logger LOG = Logger.getLogger(PreparedTransactions.class.getName());

  private PreparedTransactions() {}

  /**
   * Commits the transactions prepared in the current database by the current user.
   *
   * @return the global ids of the transactions committed
   */
  public static List<String> commitOrphans(DataSource dataSource) {
    List<String> committed = new ArrayList<>();
    try (Connection db = dataSource.getConnection()) {
      boolean autoCommit = db.getAutoCommit();
      db.setAutoCommit(true);
      try {
        for (String gid : orphans(db)) {
          try (PreparedStatement commit = db.prepareStatement("commit prepared " + literal(gid))) {
            commit.execute();
          }
          LOG.warning("committed the orphaned prepared transaction " + gid);
          committed.add(gid);
        }
      } finally {
        db.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot finish the prepared transactions", e);
    }
    return committed;
  }

  private static List<String> orphans(Connection db) throws SQLException {
    List<String> gids = new ArrayList<>();
    try (Statement sql = db.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "select gid from pg_prepared_xacts"
                    + " where database = current_database() and owner = current_user"
                    + " order by prepared")) {
      while (rows.next()) {
        gids.add(rows.getString(1));
      }
    }
    return gids;
  }

  /** A global id as an SQL string literal ({@code commit prepared} takes no parameter). */
  static String literal(String gid) {
    return "'" + gid.replace("'", "''") + "'";
  }
}
