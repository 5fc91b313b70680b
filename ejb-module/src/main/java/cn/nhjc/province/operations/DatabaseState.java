package cn.nhjc.province.operations;

import cn.nhjc.province.platform.persistence.FlywayIntegrator;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** What the health checks ask the database, each question outside any transaction. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseState {
  private static final int QUERY_TIMEOUT_SECONDS = 5;

  @Resource(lookup = FlywayIntegrator.DATASOURCE)
  private DataSource dataSource;

  /** The database's answers to the prerequisites the platform has. */
  public record Prerequisites(String schemaVersion, int maxLocksPerTransaction, String collation) {}

  /** A transaction prepared in the database and not finished. */
  public record Prepared(String gid, Instant preparedAt, String owner) {}

  public Prerequisites prerequisites() throws SQLException {
    return query(
        "select (select max(version) from energy.flyway_schema_history where success"
            + "         and version is not null),"
            + " current_setting('max_locks_per_transaction')::int,"
            + " (select datcollate from pg_database where datname = current_database())",
        row -> {
          row.next();
          return new Prerequisites(row.getString(1), row.getInt(2), row.getString(3));
        });
  }

  /** How many devices have a key sealed under the master key. */
  public long sealedDeviceKeys() throws SQLException {
    return query(
        "select count(*) from device",
        row -> {
          row.next();
          return row.getLong(1);
        });
  }

  /** Every transaction prepared in the platform's database, the oldest first. */
  public List<Prepared> prepared() throws SQLException {
    return query(
        "select gid, prepared, owner from pg_prepared_xacts"
            + " where database = current_database() order by prepared",
        rows -> {
          List<Prepared> prepared = new ArrayList<>();
          while (rows.next()) {
            prepared.add(
                new Prepared(
                    rows.getString(1), rows.getTimestamp(2).toInstant(), rows.getString(3)));
          }
          return prepared;
        });
  }

  /** Reads the rows of a query. */
  private interface Rows<T> {
    T read(ResultSet rows) throws SQLException;
  }

  private <T> T query(String query, Rows<T> rows) throws SQLException {
    try (Connection db = dataSource.getConnection();
        Statement sql = db.createStatement()) {
      sql.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      try (ResultSet result = sql.executeQuery(query)) {
        return rows.read(result);
      }
    }
  }
}
