package cn.nhjc.province.it.incontainer;

import cn.nhjc.province.exchange.domain.UploadBatch;
import cn.nhjc.province.monitoring.domain.ProtocolTime;
import cn.nhjc.province.registry.domain.CreditCodes;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/** The platform's database as in-container tests see it: the server's own datasource. */
final class ServerDatabase {
  private ServerDatabase() {}

  static DataSource dataSource() throws NamingException {
    return (DataSource) new InitialContext().lookup("java:jboss/datasources/EnergyDS");
  }

  /** A single number. */
  static long count(String sql) throws Exception {
    try (Connection connection = dataSource().getConnection();
        ResultSet result = connection.createStatement().executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  /** A valid credit code in the region that no unit has yet (random organisation code). */
  static String newCreditCode(String region) {
    return CreditCodes.enterpriseCode(
        region, String.format("%08d", ThreadLocalRandom.current().nextInt(90_000_000)));
  }

  /** Puts a cement unit on the key-unit list. */
  static long listUnit(String creditCode, String name, String region) throws Exception {
    try (Connection connection = dataSource().getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into key_unit (credit_code, name, region_code, industry_code)"
                    + " values (?, ?, ?, 'C3011') returning id")) {
      insert.setString(1, creditCode);
      insert.setString(2, name);
      insert.setString(3, region);
      try (ResultSet id = insert.executeQuery()) {
        id.next();
        return id.getLong(1);
      }
    }
  }

  /** A platform setting's value. */
  static String setting(String key) throws Exception {
    try (Connection connection = dataSource().getConnection();
        PreparedStatement query =
            connection.prepareStatement("select value from platform_setting where key = ?")) {
      query.setString(1, key);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getString(1);
      }
    }
  }

  /** Sets a platform setting (PlatformSettings#reload makes it count at once). */
  static void setting(String key, String value) throws Exception {
    try (Connection connection = dataSource().getConnection();
        PreparedStatement update =
            connection.prepareStatement("update platform_setting set value = ? where key = ?")) {
      update.setString(1, value);
      update.setString(2, key);
      update.executeUpdate();
    }
  }

  /**
   * An accepted upload of one unit's daily electricity of one day (Beijing), as the queue holds it.
   */
  static UploadBatch dailyUpload(String uploadId, String creditCode, String day, String value) {
    return new UploadBatch(
        uploadId,
        creditCode,
        "it",
        Instant.now(),
        List.of(
            new UploadBatch.Item(
                "00-00-0000-023300-11",
                1,
                ProtocolTime.parse(day + " 00:00:00"),
                new BigDecimal(value),
                4,
                1,
                false)));
  }
}
