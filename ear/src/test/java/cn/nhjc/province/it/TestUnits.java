package cn.nhjc.province.it;

import cn.nhjc.province.registry.domain.CreditCodes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Key units each test seeds for itself in the database of the server under test. */
public final class TestUnits {
  public static final String DAILY_ELECTRICITY = "00-00-0000-023300-11";
  public static final String DAILY_GAS = "00-00-0000-011500-11";
  public static final String REGION = "130102";

  private TestUnits() {}

  public record Unit(long id, String creditCode, String regionCode) {}

  /** A listed unit in Shijiazhuang with daily electricity (0…100,000 kWh) and daily gas items. */
  public static Unit listed() throws SQLException {
    String organization = String.format("%08d", ThreadLocalRandom.current().nextInt(90_000_000));
    return listed(CreditCodes.enterpriseCode(REGION, organization), REGION);
  }

  public static Unit listed(String creditCode, String region) throws SQLException {
    try (Connection db = PlatformServicesSession.database()) {
      return listed(
          db,
          creditCode,
          region,
          new Object[][] {
            {DAILY_ELECTRICITY, "全厂电力（日）", "02", "3300", 1},
            {DAILY_GAS, "全厂天然气（日）", "01", "1500", 1}
          });
    }
  }

  /**
   * Lists a cement unit in the given database, with whole-plant items of consumption (0…100,000).
   *
   * @param items each {dataCode, name, energy class, energy type, statType}
   */
  public static Unit listed(Connection db, String creditCode, String region, Object[][] items)
      throws SQLException {
    long id;
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into key_unit (credit_code, name, region_code, industry_code)"
                + " values (?, ?, ?, 'C3011') returning id")) {
      insert.setString(1, creditCode);
      insert.setString(2, "测试水泥有限公司" + creditCode.substring(8, 16));
      insert.setString(3, region);
      try (ResultSet row = insert.executeQuery()) {
        row.next();
        id = row.getLong(1);
      }
    }
    try (PreparedStatement item =
        db.prepareStatement(
            "insert into collect_item (unit_id, data_code, name, energy_class_code,"
                + " energy_type_code, data_usage_code, input_type, stat_type, scope,"
                + " value_min, value_max) values (?, ?, ?, ?, ?, '11', 4, ?, 1, 0, 100000)")) {
      for (Object[] spec : items) {
        item.setLong(1, id);
        item.setString(2, (String) spec[0]);
        item.setString(3, (String) spec[1]);
        item.setString(4, (String) spec[2]);
        item.setString(5, (String) spec[3]);
        item.setInt(6, (Integer) spec[4]);
        item.addBatch();
      }
      item.executeBatch();
    }
    return new Unit(id, creditCode, region);
  }

  public static long readings(Unit unit) throws SQLException {
    return PlatformServicesSession.count(
        "select count(*) from reading where unit_id = " + unit.id());
  }

  public static long revisions(Unit unit) throws SQLException {
    return PlatformServicesSession.count(
        "select count(*) from reading_revision where unit_id = " + unit.id());
  }

  /** Waits until the unit has the given number of stored readings, or fails. */
  public static void awaitReadings(Unit unit, long expected) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (readings(unit) < expected && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    if (readings(unit) != expected) {
      throw new AssertionError(
          "unit "
              + unit.creditCode()
              + " has "
              + readings(unit)
              + " readings, expected "
              + expected);
    }
  }

  /**
   * Waits until the given number of the unit's uploads are stored: the upload log's line of an
   * accepted upload is written in the transaction that stores its values.
   */
  public static void awaitStoredUploads(Unit unit, long uploads) throws Exception {
    String stored =
        "select count(*) from upload_log where accepted and operation = 'uploadEnergyData'"
            + " and unit_id = "
            + unit.id();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (PlatformServicesSession.count(stored) < uploads && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    if (PlatformServicesSession.count(stored) != uploads) {
      throw new AssertionError(
          unit.creditCode()
              + ": "
              + PlatformServicesSession.count(stored)
              + " uploads stored, expected "
              + uploads);
    }
  }
}
