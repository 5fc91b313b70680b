package cn.nhjc.province.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's meter registry beyond what {@link MeterPlan} writes, so that the metrology pages show
 * every case: makers, models, institutions and certificates; the collect items each meter feeds; a
 * meter for each metering point the plan leaves without one (the heat sent out); the first version
 * of every meter in {@code meter_history}; and, chosen by the units' order, a few units with a
 * process meter set aside (configuration rate below GB 17167), a boundary meter below its accuracy
 * class, an expired calibration, a calibration falling due within days, and no registry at all.
 * Written in the registry's transaction, by JDBC as the rest of the demo registry.
 */
final class DemoMetrology {

  /** Every how many units one gets each deviation (by its place in the list). */
  static final int EVERY = 15;

  static final int SPARE_PROCESS_METER = 3;
  static final int BELOW_ACCURACY = 7;
  static final int EXPIRED = 11;
  static final int DUE_SOON = 5;

  /** Every how many units one has no registry. */
  static final int NO_REGISTRY_EVERY = 40;

  static final int NO_REGISTRY = 19;

  private static final String[] MAKERS = {
    "威胜集团有限公司", "宁波三星医疗电气股份有限公司", "浙江正泰仪器仪表有限责任公司", "上海自动化仪表有限公司", "金卡智能集团股份有限公司", "重庆川仪自动化股份有限公司"
  };
  private static final String[] INSTITUTIONS = {"河北省计量监督检测研究院", "唐山市计量测试所", "石家庄市计量测试所"};

  private DemoMetrology() {}

  static void complete(Connection db, List<Long> unitIds) throws SQLException {
    String ids = join(unitIds);
    // a level-1 meter for each plant-level energy point without one (the heat sent out)
    update(
        db,
        "insert into meter (unit_id, structure_id, meter_type_code, serial_no, name, meter_level,"
            + " energy_type_code, accuracy_class, calibrated_on, calibration_due, status)"
            + " select distinct c.unit_id, c.structure_id, case c.energy_type_code when '3300' then"
            + " '15260500' when '3200' then '12240000' else '12180000' end, 'OUT' || c.unit_id ||"
            + " c.energy_type_code, '全厂' || e.name || '计量表', 1, c.energy_type_code, case"
            + " c.energy_type_code when '3300' then '0.5S' else '2' end, current_date - 120,"
            + " current_date - 120 + interval '12 months', 'in-service' from collect_item c join"
            + " energy_type e on e.code = c.energy_type_code where c.unit_id = any (?) and c.scope = 1"
            + " and c.energy_class_code in ('01', '02', '03') and c.energy_type_code <> '0000' and"
            + " not exists (select 1 from meter m where m.unit_id = c.unit_id and m.meter_level = 1"
            + " and m.energy_type_code = c.energy_type_code and m.structure_id is not distinct from"
            + " c.structure_id)",
        ids);
    // makers, models, institutions, certificates, the period
    update(
        db,
        "update meter m set maker = "
            + byMeterId(MAKERS)
            + ", model = case m.meter_type_code when '15260500' then 'DTZ341' when '12220000'"
            + " then 'LWQ-100' when '12240000' then 'RLB-200' when '12180000' then 'LUGB-80' else"
            + " 'ICS-30' end, measuring_range = case m.meter_type_code when '15260500' then"
            + " '3×1.5(6)A' when '12061000' then '0–800 t/h' else '0–1000 m³/h' end,"
            + " calibration_institution = "
            + byMeterId(INSTITUTIONS)
            + ", certificate_no = 'JD' || to_char(m.calibrated_on, 'YYYYMMDD') || '-' || m.id,"
            + " calibration_months = 12, updated_by = 'demo' where m.unit_id = any (?)",
        ids);
    // the collect items each meter feeds: same place and energy type
    update(
        db,
        "insert into meter_feed (meter_id, collect_item_id) select m.id, c.id from meter m join"
            + " collect_item c on c.unit_id = m.unit_id and c.energy_type_code = m.energy_type_code"
            + " and c.structure_id is not distinct from m.structure_id where m.unit_id = any (?)"
            + " on conflict do nothing",
        ids);
    List<Long> spare = new ArrayList<>();
    List<Long> below = new ArrayList<>();
    List<Long> expired = new ArrayList<>();
    List<Long> dueSoon = new ArrayList<>();
    List<Long> none = new ArrayList<>();
    for (int i = 0; i < unitIds.size(); i++) {
      long id = unitIds.get(i);
      int k = i % EVERY;
      if (i % NO_REGISTRY_EVERY == NO_REGISTRY) {
        none.add(id);
      } else if (k == SPARE_PROCESS_METER) {
        spare.add(id);
      } else if (k == BELOW_ACCURACY) {
        below.add(id);
      } else if (k == EXPIRED) {
        expired.add(id);
      } else if (k == DUE_SOON) {
        dueSoon.add(id);
      }
    }
    // a process meter taken out and kept as a spare: the level-2 electricity rate falls below 100 %
    update(
        db,
        "update meter set status = 'spare' where id in (select min(id) from meter where unit_id"
            + " = any (?) and meter_level = 2 group by unit_id)",
        join(spare));
    // the boundary electricity meter of class 1.0 where 0.5 is required
    update(
        db,
        "update meter set accuracy_class = '1.0' where id in (select min(id) from meter where"
            + " unit_id = any (?) and meter_level = 1 and meter_type_code = '15260500' group by"
            + " unit_id)",
        join(below));
    // a calibration that ran out five weeks ago
    update(
        db,
        "update meter set calibrated_on = current_date - 400, calibration_due = current_date - 400"
            + " + interval '12 months' where id in (select max(id) from meter where unit_id = any"
            + " (?) group by unit_id)",
        join(expired));
    // a calibration that falls due in ten days
    update(
        db,
        "update meter set calibrated_on = current_date + 10 - interval '12 months',"
            + " calibration_due = current_date + 10 where id in (select max(id) from meter where"
            + " unit_id = any (?) group by unit_id)",
        join(dueSoon));
    update(db, "delete from meter where unit_id = any (?)", join(none));
    // the first version of every meter
    update(
        db,
        "insert into meter_history (meter_id, version, changed_at, changed_by, change, snapshot)"
            + " select m.id, m.version, m.updated_at, m.updated_by, 'create', to_jsonb(m) - 'id'"
            + " from meter m where m.unit_id = any (?)",
        ids);
  }

  /** An SQL expression choosing one of the values by the meter's id (of {@code meter m}). */
  private static String byMeterId(String[] values) {
    StringBuilder choice = new StringBuilder("(array[");
    for (int i = 0; i < values.length; i++) {
      choice.append(i == 0 ? "" : ", ").append('\'').append(values[i]).append('\'');
    }
    return choice.append("])[1 + m.id % ").append(values.length).append(']').toString();
  }

  private static String join(List<Long> ids) {
    return String.join(",", ids.stream().map(String::valueOf).toList());
  }

  private static void update(Connection db, String sql, String ids) throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    try (PreparedStatement statement =
        db.prepareStatement(
            sql.replace("any (?)", "any (cast(string_to_array(?, ',') as bigint[]))"))) {
      statement.setString(1, ids);
      statement.executeUpdate();
    }
  }
}
