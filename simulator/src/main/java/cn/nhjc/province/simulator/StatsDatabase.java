package cn.nhjc.province.simulator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What {@code bench-stats} reads from the platform's database: the key-unit list, the data-quality
 * outcome of a month, the statistics job's step timings and the unit the freshness probe writes to.
 * Not thread-safe (one connection).
 */
final class StatsDatabase implements AutoCloseable {

  /** The daily whole-plant electricity consumption item the freshness probe changes. */
  static final String ELECTRICITY = "00-00-0000-023300-11";

  /** The unit and item the freshness probe uploads for, with the item's configured codes. */
  record ProbeUnit(String creditCode, String regionCode, int inputType, int scope) {}

  private final Connection db;

  StatsDatabase(Connection db) {
    this.db = db;
  }

  long unitCount() throws SQLException {
    try (PreparedStatement query = db.prepareStatement("select count(*) from energy.key_unit");
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  /** The month's data-quality rows (period type M), how many did not pass, open alarms by rule. */
  StatsReport.Quality quality(YearMonth month) throws SQLException {
    LocalDate first = month.atDay(1);
    long rows;
    long notPassed;
    try (PreparedStatement query =
        db.prepareStatement(
            "select count(*), count(*) filter (where not passed) from energy.data_quality"
                + " where period_type = 'M' and period_start = ?")) {
      query.setObject(1, first);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        rows = row.getLong(1);
        notPassed = row.getLong(2);
      }
    }
    TreeMap<String, Long> alarms = new TreeMap<>();
    try (PreparedStatement query =
        db.prepareStatement(
            "select rule, count(*) from energy.quality_alarm where period_type = 'M'"
                + " and period_start = ? and status = 'open' group by rule")) {
      query.setObject(1, first);
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          alarms.put(row.getString(1), row.getLong(2));
        }
      }
    }
    return new StatsReport.Quality(rows, notPassed, alarms);
  }

  /**
   * The steps of a job execution from JBeret's repository ({@code step_execution}, in whichever
   * schema the server created it), oldest first; empty when the table is not there.
   */
  List<StatsReport.Step> steps(long jobExecutionId) throws SQLException {
    String schema = null;
    try (PreparedStatement query =
            db.prepareStatement(
                "select table_schema from information_schema.tables where table_name = 'step_execution'"
                    + " order by table_schema = 'public' desc, table_schema limit 1");
        ResultSet row = query.executeQuery()) {
      if (row.next()) {
        schema = row.getString(1);
      }
    }
    List<StatsReport.Step> steps = new ArrayList<>();
    if (schema == null) {
      return steps;
    }
    try (PreparedStatement query =
        db.prepareStatement(
            "select stepname, batchstatus, starttime, endtime from \""
                + schema.replace("\"", "\"\"")
                + "\".step_execution where jobexecutionid = ? order by stepexecutionid")) {
      query.setLong(1, jobExecutionId);
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          Timestamp start = row.getTimestamp(3);
          Timestamp end = row.getTimestamp(4);
          steps.add(
              new StatsReport.Step(
                  row.getString(1),
                  row.getString(2),
                  start == null || end == null
                      ? null
                      : Duration.between(start.toInstant(), end.toInstant())));
        }
      }
    }
    return steps;
  }

  /**
   * The first Tangshan unit (region code 1302…) by credit code that has {@link #ELECTRICITY}
   * configured as a daily (statType 1) item.
   */
  Optional<ProbeUnit> tangshanProbeUnit() throws SQLException {
    try (PreparedStatement query =
        db.prepareStatement(
            "select k.credit_code, k.region_code, c.input_type, c.scope from energy.key_unit k"
                + " join energy.collect_item c on c.unit_id = k.id"
                + " where k.region_code like '1302%' and c.data_code = ? and c.stat_type = 1"
                + " order by k.credit_code limit 1")) {
      query.setString(1, ELECTRICITY);
      try (ResultSet row = query.executeQuery()) {
        return row.next()
            ? Optional.of(
                new ProbeUnit(row.getString(1), row.getString(2), row.getInt(3), row.getInt(4)))
            : Optional.empty();
      }
    }
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }
}
