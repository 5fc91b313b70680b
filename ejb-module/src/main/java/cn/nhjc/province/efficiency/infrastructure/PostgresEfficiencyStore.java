package cn.nhjc.province.efficiency.infrastructure;

import cn.nhjc.province.efficiency.application.DistributionRow;
import cn.nhjc.province.efficiency.application.EfficiencyStore;
import cn.nhjc.province.efficiency.application.IndicatorRow;
import cn.nhjc.province.efficiency.domain.PeerDistribution;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/** Writes a period's efficiency rows with batched JDBC statements, in the caller's transaction. */
@Stateless
@Local(EfficiencyStore.class)
@PermitAll
public class PostgresEfficiencyStore implements EfficiencyStore {

  private static final int BATCH = 500;

  @Resource(lookup = "java:jboss/datasources/EnergyDS")
  private DataSource dataSource;

  @Override
  public void replace(
      StatPeriod period,
      List<IndicatorRow> indicators,
      List<DistributionRow> distributions,
      Stamp stamp,
      int units) {
    String type = period.type().code();
    Date start = Date.valueOf(period.start());
    try (Connection db = dataSource.getConnection()) {
      for (String table : List.of("efficiency_unit_indicator", "efficiency_distribution")) {
        try (PreparedStatement delete =
            db.prepareStatement(
                "delete from " + table + " where period_type = ? and period_start = ?")) {
          delete.setString(1, type);
          delete.setDate(2, start);
          delete.executeUpdate();
        }
      }
      try (PreparedStatement insert =
          db.prepareStatement(
              "insert into efficiency_unit_indicator (unit_id, period_type, period_start,"
                  + " indicator, kind, item_code, peer_group, value, output, grade, policy_level,"
                  + " saving_tce, complete, percentile, peers)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        int n = 0;
        for (IndicatorRow row : indicators) {
          insert.setLong(1, row.unitId());
          insert.setString(2, type);
          insert.setDate(3, start);
          insert.setString(4, row.indicator());
          insert.setString(5, row.kind());
          insert.setString(6, row.itemCode());
          insert.setString(7, row.peerGroup());
          insert.setBigDecimal(8, row.value());
          decimal(insert, 9, row.output());
          insert.setString(10, row.grade());
          insert.setString(11, row.policyLevel());
          decimal(insert, 12, row.savingTce());
          insert.setBoolean(13, row.complete());
          decimal(insert, 14, row.percentile());
          if (row.peers() == null) {
            insert.setNull(15, Types.INTEGER);
          } else {
            insert.setInt(15, row.peers());
          }
          insert.addBatch();
          if (++n % BATCH == 0) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      try (PreparedStatement insert =
          db.prepareStatement(
              "insert into efficiency_distribution (period_type, period_start, peer_group,"
                  + " indicator, peers, excluded, best, q1, median, q3, worst)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (DistributionRow row : distributions) {
          PeerDistribution d = row.distribution();
          insert.setString(1, type);
          insert.setDate(2, start);
          insert.setString(3, row.peerGroup());
          insert.setString(4, row.indicator());
          insert.setInt(5, row.peers());
          insert.setInt(6, row.excluded());
          decimal(insert, 7, d == null ? null : d.best());
          decimal(insert, 8, d == null ? null : d.q1());
          decimal(insert, 9, d == null ? null : d.median());
          decimal(insert, 10, d == null ? null : d.q3());
          decimal(insert, 11, d == null ? null : d.worst());
          insert.addBatch();
        }
        insert.executeBatch();
      }
      try (PreparedStatement upsert =
          db.prepareStatement(
              """
              insert into efficiency_period (period_type, period_start, source_rows, source_at,
                                             quality_at, convention, units, refreshed_at)
              values (?, ?, ?, ?, ?, ?, ?, now())
              on conflict (period_type, period_start) do update set
                source_rows = excluded.source_rows, source_at = excluded.source_at,
                quality_at = excluded.quality_at, convention = excluded.convention,
                units = excluded.units, refreshed_at = excluded.refreshed_at
              """)) {
        upsert.setString(1, type);
        upsert.setDate(2, start);
        upsert.setLong(3, stamp.sourceRows());
        upsert.setTimestamp(4, timestamp(stamp.sourceAt()));
        upsert.setTimestamp(5, timestamp(stamp.qualityAt()));
        upsert.setString(6, stamp.convention());
        upsert.setInt(7, units);
        upsert.executeUpdate();
      }
    } catch (SQLException e) {
      throw new EJBException("storing the efficiency rows of " + period + " failed", e);
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

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
