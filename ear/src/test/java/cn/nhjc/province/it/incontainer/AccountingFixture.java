package cn.nhjc.province.it.incontainer;

import cn.nhjc.province.exchange.application.UploadStorage;
import cn.nhjc.province.exchange.domain.UploadBatch;
import cn.nhjc.province.monitoring.domain.ProtocolTime;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.naming.InitialContext;

/**
 * Units with collect items and readings for accounting tests, stored through the intake service as
 * the consumer stores uploads, and the wait until the rollups have taken them up. Tests use periods
 * far in the future so that the region and industry figures of those periods hold their own units
 * only.
 */
final class AccountingFixture {

  private final UploadStorage intake;

  AccountingFixture() throws Exception {
    intake =
        (UploadStorage)
            new InitialContext().lookup("java:global/platform/ejb-module/UploadStorage");
  }

  /** A listed unit in the region and industry; returns its credit code. */
  String unit(String region, String industry) throws Exception {
    String creditCode = ServerDatabase.newCreditCode(region);
    try (Connection db = ServerDatabase.dataSource().getConnection();
        PreparedStatement insert =
            db.prepareStatement(
                "insert into key_unit (credit_code, name, region_code, industry_code)"
                    + " values (?, ?, ?, ?)")) {
      insert.setString(1, creditCode);
      insert.setString(2, "核算测试单位" + creditCode.substring(8, 16));
      insert.setString(3, region);
      insert.setString(4, industry);
      insert.executeUpdate();
    }
    return creditCode;
  }

  /**
   * Configures the unit's collect items: dataCode with its statType, e.g. "00-00-0000-023300-11:2".
   */
  void items(String creditCode, String... itemsWithStatType) throws Exception {
    try (Connection db = ServerDatabase.dataSource().getConnection();
        PreparedStatement insert =
            db.prepareStatement(
                "insert into collect_item (unit_id, data_code, name, energy_class_code,"
                    + " energy_type_code, data_usage_code, input_type, stat_type, scope)"
                    + " select id, ?, ?, ?, ?, ?, 1, ?, ? from key_unit where credit_code = ?")) {
      for (String item : itemsWithStatType) {
        String code = item.substring(0, item.indexOf(':'));
        int statType = Integer.parseInt(item.substring(item.indexOf(':') + 1));
        insert.setString(1, code);
        insert.setString(2, "测试项 " + code);
        insert.setString(3, code.substring(11, 13));
        insert.setString(4, code.substring(13, 17));
        insert.setString(5, code.substring(18, 20));
        insert.setInt(6, statType);
        insert.setInt(7, code.startsWith("00-00-0000") ? 1 : 2);
        insert.setString(8, creditCode);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** One value: dataCode, statType, statDate (protocol text), value. */
  static UploadBatch.Item value(String dataCode, int statType, String statDate, String value) {
    return new UploadBatch.Item(
        dataCode, statType, ProtocolTime.parse(statDate), new BigDecimal(value), 1, 1, false);
  }

  /** Stores the values as one upload accepted at {@code acceptedAt}. */
  void store(String creditCode, Instant acceptedAt, UploadBatch.Item... items) {
    store(
        List.of(
            new UploadBatch(
                UUID.randomUUID().toString(), creditCode, "device", acceptedAt, List.of(items))));
  }

  void store(List<UploadBatch> uploads) {
    intake.storeAll(uploads);
  }

  /** Waits until the rollups have taken up every stored change of the units. */
  void awaitRollups(Collection<String> creditCodes) throws Exception {
    String codes = "'" + String.join("','", creditCodes) + "'";
    String pending =
        "select count(*) from rollup_dirty d join key_unit u on u.id = d.unit_id"
            + " where u.credit_code in ("
            + codes
            + ")";
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (ServerDatabase.count(pending) > 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the rollups did not take up the changes within 60 s");
      }
      Thread.sleep(100);
    }
  }

  void awaitRollups(String... creditCodes) throws Exception {
    awaitRollups(List.of(creditCodes));
  }

  /** The energy entry of a figures object. */
  static JsonObject energy(JsonObject figures, String energyTypeCode) {
    for (JsonValue entry : figures.getJsonArray("energies")) {
      if (entry.asJsonObject().getString("energyTypeCode").equals(energyTypeCode)) {
        return entry.asJsonObject();
      }
    }
    throw new AssertionError("no energy " + energyTypeCode + " in " + figures);
  }

  static BigDecimal number(JsonObject object, String name) {
    JsonValue value = object.get(name);
    if (!(value instanceof JsonNumber number)) {
      throw new AssertionError(name + " is not a number in " + object);
    }
    return number.bigDecimalValue();
  }

  /** The grades of a product entry, by limit standard. */
  static List<JsonObject> grades(JsonObject figures, String productCode) {
    List<JsonObject> grades = new ArrayList<>();
    JsonArray products = figures.getJsonArray("products");
    for (JsonValue product : products) {
      if (product.asJsonObject().getString("productCode").equals(productCode)) {
        for (JsonValue grade : product.asJsonObject().getJsonArray("grades")) {
          grades.add(grade.asJsonObject());
        }
      }
    }
    return grades;
  }

  static long unitId(String creditCode) throws Exception {
    try (Connection db = ServerDatabase.dataSource().getConnection();
        PreparedStatement query =
            db.prepareStatement("select id from key_unit where credit_code = ?")) {
      query.setString(1, creditCode);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
