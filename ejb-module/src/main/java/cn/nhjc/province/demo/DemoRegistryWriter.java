package cn.nhjc.province.demo;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inserts the demo units with their structure, collect items and meters in JDBC batches. Ids of
 * units and structure nodes are taken from their sequences first, so that children can point to
 * parents without reading generated keys back.
 */
final class DemoRegistryWriter {

  private static final String UNIT =
      "insert into key_unit (id, credit_code, name, region_code, industry_code,"
          + " economic_type_code, annual_tce, latitude, longitude)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String NODE =
      "insert into unit_structure (id, unit_id, parent_id, scope, code, name)"
          + " values (?, ?, ?, ?, ?, ?)";
  private static final String ITEM =
      "insert into collect_item (unit_id, structure_id, data_code, name, energy_class_code,"
          + " energy_type_code, data_usage_code, input_type, stat_type, scope, value_min,"
          + " value_max) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String METER =
      "insert into meter (unit_id, structure_id, meter_type_code, serial_no, name, meter_level,"
          + " energy_type_code, accuracy_class, calibrated_on, calibration_due)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private DemoRegistryWriter() {}

  /**
   * @return the database id of each unit, in the order of the list
   */
  static List<Long> write(Connection db, List<DemoUnit> units) throws SQLException {
    List<Long> unitIds = reserveIds(db, "key_unit", units.size());
    try (PreparedStatement insert = db.prepareStatement(UNIT)) {
      for (int i = 0; i < units.size(); i++) {
        DemoUnit unit = units.get(i);
        insert.setLong(1, unitIds.get(i));
        insert.setString(2, unit.creditCode());
        insert.setString(3, unit.name());
        insert.setString(4, unit.regionCode());
        insert.setString(5, unit.industryCode());
        insert.setString(6, unit.economicTypeCode());
        insert.setBigDecimal(7, unit.annualTce());
        insert.setBigDecimal(8, unit.latitude());
        insert.setBigDecimal(9, unit.longitude());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    List<Map<String, Long>> nodeIds = writeStructure(db, units, unitIds);
    try (PreparedStatement items = db.prepareStatement(ITEM);
        PreparedStatement meters = db.prepareStatement(METER)) {
      for (int i = 0; i < units.size(); i++) {
        addItems(items, units.get(i), unitIds.get(i), nodeIds.get(i));
        addMeters(meters, units.get(i), unitIds.get(i), nodeIds.get(i));
      }
      items.executeBatch();
      meters.executeBatch();
    }
    return unitIds;
  }

  /** Nodes are listed parents first within each unit, so one batch satisfies the parent key. */
  private static List<Map<String, Long>> writeStructure(
      Connection db, List<DemoUnit> units, List<Long> unitIds) throws SQLException {
    int nodeCount = units.stream().mapToInt(unit -> unit.structure().size()).sum();
    List<Long> ids = reserveIds(db, "unit_structure", nodeCount);
    List<Map<String, Long>> idsByKey = new ArrayList<>();
    int next = 0;
    try (PreparedStatement insert = db.prepareStatement(NODE)) {
      for (int i = 0; i < units.size(); i++) {
        Map<String, Long> byKey = new HashMap<>();
        for (DemoStructureNode node : units.get(i).structure()) {
          long id = ids.get(next++);
          byKey.put(node.key(), id);
          insert.setLong(1, id);
          insert.setLong(2, unitIds.get(i));
          setId(insert, 3, node.parentKey() == null ? null : byKey.get(node.parentKey()));
          insert.setInt(4, node.scope());
          insert.setString(5, node.code());
          insert.setString(6, node.name());
          insert.addBatch();
        }
        idsByKey.add(byKey);
      }
      insert.executeBatch();
    }
    return idsByKey;
  }

  private static void addItems(
      PreparedStatement insert, DemoUnit unit, long unitId, Map<String, Long> nodeIds)
      throws SQLException {
    for (DemoCollectItem item : unit.collectItems()) {
      insert.setLong(1, unitId);
      setId(insert, 2, nodeIds.get(item.structureKey()));
      insert.setString(3, item.dataCode());
      insert.setString(4, item.name());
      insert.setString(5, item.energyClassCode());
      insert.setString(6, item.energyTypeCode());
      insert.setString(7, item.dataUsageCode());
      insert.setInt(8, item.inputType());
      insert.setInt(9, item.statType());
      insert.setInt(10, item.scope());
      insert.setBigDecimal(11, item.valueMin());
      insert.setBigDecimal(12, item.valueMax());
      insert.addBatch();
    }
  }

  private static void addMeters(
      PreparedStatement insert, DemoUnit unit, long unitId, Map<String, Long> nodeIds)
      throws SQLException {
    for (DemoMeter meter : unit.meters()) {
      insert.setLong(1, unitId);
      setId(insert, 2, nodeIds.get(meter.structureKey()));
      insert.setString(3, meter.meterTypeCode());
      insert.setString(4, meter.serialNo());
      insert.setString(5, meter.name());
      insert.setInt(6, meter.meterLevel());
      insert.setString(7, meter.energyTypeCode());
      insert.setString(8, meter.accuracyClass());
      insert.setDate(9, Date.valueOf(meter.calibratedOn()));
      insert.setDate(10, Date.valueOf(meter.calibrationDue()));
      insert.addBatch();
    }
  }

  /** Removes units written by {@link #write} together with everything that refers to them. */
  static void remove(Connection db, List<Long> unitIds) throws SQLException {
    Array ids = db.createArrayOf("bigint", unitIds.toArray());
    // reading has no cascading key; the registry tables cascade from key_unit
    for (String table : List.of("reading", "intake_receipt", "key_unit")) {
      String column = table.equals("key_unit") ? "id" : "unit_id";
      try (PreparedStatement delete =
          db.prepareStatement("delete from " + table + " where " + column + " = any (?)")) {
        delete.setArray(1, ids);
        delete.executeUpdate();
      }
    }
  }

  private static List<Long> reserveIds(Connection db, String table, int count) throws SQLException {
    List<Long> ids = new ArrayList<>(count);
    try (PreparedStatement query =
        db.prepareStatement(
            "select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")) {
      query.setString(1, table);
      query.setInt(2, count);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
    }
    return ids;
  }

  private static void setId(PreparedStatement statement, int index, Long id) throws SQLException {
    if (id == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, id);
    }
  }
}
