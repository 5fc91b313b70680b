package cn.nhjc.province.simulator;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Gives every daily collect item of the given units a fifteen-minute twin (the same dataCode with
 * statType 0), as a unit that meters each energy and each process every fifteen minutes has: the
 * demo configures one fifteen-minute item a unit (whole-plant electricity), about 100 points of a
 * day, where such a unit sends about 900. Each changed unit's configuration version is raised, so
 * that the platform's checks and the devices' {@code downloadConfigData} see the new items. Run
 * before the units are provisioned; a twin that exists already is left as it is.
 */
final class RealtimeTwins {

  private RealtimeTwins() {}

  /**
   * @return how many items were added
   */
  static int add(Connection db, List<String> creditCodes) throws SQLException {
    boolean autoCommit = db.getAutoCommit();
    try (var path = db.createStatement()) {
      path.execute("set search_path to energy, public"); // the items' triggers name their tables so
    }
    db.setAutoCommit(false);
    try {
      Array codes = db.createArrayOf("varchar", creditCodes.toArray());
      int added;
      try (PreparedStatement insert =
          db.prepareStatement(
              """
              insert into energy.collect_item (unit_id, structure_id, data_code, name,
                     energy_class_code, energy_type_code, data_usage_code, input_type, stat_type,
                     scope, value_min, value_max, collecting_since)
              select d.unit_id, d.structure_id, d.data_code,
                     replace(d.name, '（日）', '（15分钟）'), d.energy_class_code,
                     d.energy_type_code, d.data_usage_code, d.input_type, 0, d.scope,
                     d.value_min, d.value_max, d.collecting_since
                from energy.collect_item d
                join energy.key_unit u on u.id = d.unit_id
               where d.stat_type = 1 and u.credit_code = any(?)
                 and not exists (select 1 from energy.collect_item r
                                  where r.unit_id = d.unit_id and r.data_code = d.data_code
                                    and r.stat_type = 0)
              """)) {
        insert.setArray(1, codes);
        added = insert.executeUpdate();
      }
      try (PreparedStatement version =
          db.prepareStatement(
              "update energy.key_unit set config_version = config_version + 1"
                  + " where credit_code = any(?)")) {
        version.setArray(1, codes);
        version.executeUpdate();
      }
      db.commit();
      return added;
    } catch (SQLException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(autoCommit);
    }
  }
}
