package cn.nhjc.province.monitoring.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * How far the rollups lag behind the readings, for the health checks and the metrics: asked outside
 * any transaction and bounded by a query timeout, so that a slow or absent database makes the
 * answer fail, never wait.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RollupLag {
  private static final int QUERY_TIMEOUT_SECONDS = 5;

  /** Changes counted at most: counting a larger backlog exactly would cost more than it tells. */
  static final int COUNTED_CHANGES = 1_000_000;

  @Resource(lookup = "java:jboss/datasources/EnergyDS")
  private DataSource dataSource;

  /**
   * The changes of readings waiting to be rolled up.
   *
   * @param changes how many (counted up to {@value #COUNTED_CHANGES})
   * @param ageMillis how long the oldest has waited; 0 when none waits
   */
  public record Backlog(long changes, long ageMillis) {}

  /** The backlog as it stands. */
  public Backlog backlog() throws SQLException {
    try (Connection db = dataSource.getConnection();
        Statement sql = db.createStatement()) {
      sql.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      try (ResultSet row =
          sql.executeQuery(
              "select (select count(*) from (select 1 from rollup_dirty limit "
                  + COUNTED_CHANGES
                  + ") c), coalesce((select (extract(epoch from now() - marked_at) * 1000)::bigint"
                  + " from rollup_dirty order by id limit 1), 0)")) {
        row.next();
        return new Backlog(row.getLong(1), row.getLong(2));
      }
    }
  }
}
