package cn.nhjc.province.platform.config;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The platform's business settings (table {@code platform_setting}): thresholds, limits and
 * conventions that a province sets as data. Read often, changed rarely: cached for a short time so
 * that a change reaches every node within {@link #REFRESH_MILLIS}.
 */
@Singleton
@jakarta.annotation.security.PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformSettings {
  static final long REFRESH_MILLIS = 30_000;

  @Resource(lookup = "java:jboss/datasources/EnergyDS")
  private DataSource dataSource;

  private volatile Map<String, String> values = Map.of();
  private volatile long loadedAt;

  public String text(String key) {
    String value = current().get(key);
    if (value == null) {
      throw new IllegalStateException("platform setting " + key + " is missing");
    }
    return value;
  }

  public int integer(String key) {
    return Integer.parseInt(text(key).trim());
  }

  /** Reads the settings again at the next question, instead of within {@link #REFRESH_MILLIS}. */
  public void reload() {
    loadedAt = 0;
  }

  private Map<String, String> current() {
    long now = System.currentTimeMillis();
    if (now - loadedAt > REFRESH_MILLIS) {
      Map<String, String> loaded = new HashMap<>();
      try (Connection db = dataSource.getConnection();
          Statement sql = db.createStatement();
          ResultSet rows = sql.executeQuery("select key, value from platform_setting")) {
        while (rows.next()) {
          loaded.put(rows.getString(1), rows.getString(2));
        }
      } catch (SQLException e) {
        if (values.isEmpty()) {
          throw new IllegalStateException("cannot read platform settings", e);
        }
        // the database is away: the settings read last stay in force, and are asked for again
        // at the next refresh
        loadedAt = now;
        return values;
      }
      values = Map.copyOf(loaded);
      loadedAt = now;
    }
    return values;
  }
}
