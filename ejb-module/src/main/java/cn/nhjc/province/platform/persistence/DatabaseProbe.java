package cn.nhjc.province.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Whether the platform's database answers, asked outside any transaction. A broken pooled
 * connection that the question meets is discarded by the pool (its exception sorter), with the idle
 * ones, so that after a restart of PostgreSQL the next connections are new.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseProbe {
  private static final int QUERY_TIMEOUT_SECONDS = 5;

  @Resource(lookup = FlywayIntegrator.DATASOURCE)
  private DataSource dataSource;

  /** Whether a statement runs now. */
  public boolean reachable() {
    try (Connection db = dataSource.getConnection();
        Statement sql = db.createStatement()) {
      sql.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      sql.execute("select 1");
      return true;
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Waits until the database answers, asking every second, at most {@code patience}.
   *
   * @return whether it answered
   */
  public boolean awaitReachable(Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      if (reachable()) {
        return true;
      }
      if (System.nanoTime() >= deadline) {
        return false;
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }
}
