package cn.nhjc.province.monitoring.infrastructure;

import cn.nhjc.province.monitoring.application.QualityStore;
import cn.nhjc.province.monitoring.domain.PeriodType;
import cn.nhjc.province.monitoring.domain.QualityIndex;
import cn.nhjc.province.monitoring.domain.QualityRules;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** {@link QualityStore} in PostgreSQL ({@link QualitySql}). Runs in the caller's transaction. */
@Stateless
@Local(QualityStore.class)
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PostgresQualityStore implements QualityStore {

  /** Days before a period that a gap running into it is traced back. */
  private static final int GAP_LOOKBACK_DAYS = 31;

  @Resource(lookup = "java:jboss/datasources/EnergyDS")
  private DataSource dataSource;

  @Override
  public Map<Long, QualityIndex.Measured> measure(
      Collection<Long> unitIds, StatPeriod period, QualityRules rules) {
    Map<Long, List<QualityIndex.Deviation>> deviations = new HashMap<>();
    Map<Long, QualityIndex.Measured> measured = new LinkedHashMap<>();
    try (Connection db = dataSource.getConnection()) {
      Object[] units = unitIds.toArray();
      if (period.type() == PeriodType.MONTH) {
        try (PreparedStatement sql = db.prepareStatement(QualitySql.DEVIATIONS)) {
          sql.setDate(1, Date.valueOf(period.start()));
          sql.setArray(2, db.createArrayOf("int8", units));
          try (ResultSet rows = sql.executeQuery()) {
            while (rows.next()) {
              deviations
                  .computeIfAbsent(rows.getLong(1), u -> new ArrayList<>())
                  .add(
                      new QualityIndex.Deviation(
                          rows.getString(2), rows.getBigDecimal(3), rows.getBigDecimal(4)));
            }
          }
        }
      }
      try (PreparedStatement sql = db.prepareStatement(QualitySql.MEASURE)) {
        sql.setDate(1, Date.valueOf(period.start()));
        sql.setDate(2, Date.valueOf(period.end()));
        sql.setString(3, period.type().code());
        sql.setInt(4, rules.slotsPerDay());
        sql.setString(5, rules.dailyDeadline().toMinutes() + " minutes");
        sql.setString(6, rules.monthlyDeadline().toMinutes() + " minutes");
        sql.setInt(7, GAP_LOOKBACK_DAYS);
        sql.setArray(8, db.createArrayOf("int8", units));
        try (ResultSet rows = sql.executeQuery()) {
          while (rows.next()) {
            long unit = rows.getLong(1);
            measured.put(
                unit,
                new QualityIndex.Measured(
                    rows.getInt(2),
                    rows.getInt(3),
                    rows.getInt(4),
                    rows.getInt(5),
                    rows.getString(6),
                    deviations.getOrDefault(unit, List.of())));
          }
        }
      }
    } catch (SQLException e) {
      throw new ReadingStoreException("could not measure data quality for " + period, e);
    }
    return measured;
  }

  @Override
  public void save(StatPeriod period, Map<Long, QualityIndex> indexes) {
    Date start = Date.valueOf(period.start());
    String type = period.type().code();
    List<String> open = new ArrayList<>();
    try (Connection db = dataSource.getConnection();
        PreparedStatement index = db.prepareStatement(QualitySql.SAVE_INDEX);
        PreparedStatement alarm = db.prepareStatement(QualitySql.RAISE_ALARM);
        PreparedStatement resolve = db.prepareStatement(QualitySql.RESOLVE_OTHERS)) {
      for (Map.Entry<Long, QualityIndex> entry : indexes.entrySet()) {
        QualityIndex q = entry.getValue();
        index.setLong(1, entry.getKey());
        index.setString(2, type);
        index.setDate(3, start);
        index.setInt(4, q.expected());
        index.setInt(5, q.received());
        decimal(index, 6, q.completeness());
        index.setInt(7, q.onTime());
        decimal(index, 8, q.timeliness());
        decimal(index, 9, q.maxDeviation());
        index.setInt(10, q.longestGapDays());
        index.setBoolean(11, q.passed());
        index.addBatch();
        for (QualityIndex.Breach breach : q.breaches()) {
          alarm.setLong(1, entry.getKey());
          alarm.setString(2, type);
          alarm.setDate(3, start);
          alarm.setString(4, breach.rule());
          alarm.setString(5, breach.subject());
          decimal(alarm, 6, breach.measured());
          decimal(alarm, 7, breach.threshold());
          alarm.setString(8, breach.detail());
          alarm.addBatch();
          open.add(entry.getKey() + "|" + breach.rule() + "|" + breach.subject());
        }
      }
      index.executeBatch();
      alarm.executeBatch();
      resolve.setArray(1, db.createArrayOf("int8", indexes.keySet().toArray()));
      resolve.setString(2, type);
      resolve.setDate(3, start);
      resolve.setArray(4, db.createArrayOf("varchar", open.toArray()));
      resolve.executeUpdate();
    } catch (SQLException e) {
      throw new ReadingStoreException("could not store data quality for " + period, e);
    }
  }

  private static void decimal(PreparedStatement statement, int index, BigDecimal value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.NUMERIC);
    } else {
      statement.setBigDecimal(index, value);
    }
  }
}
