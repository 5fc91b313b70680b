package cn.nhjc.province.simulator;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks into the platform's database: the units' ids, the database clock, and how many of the
 * benchmark's rows are committed. Not thread-safe (one connection).
 */
final class IngestionProbe implements AutoCloseable {

  private static final String COUNT =
      "select count(*) from energy.reading where unit_id = any(?) and stat_type in (0, 1)"
          + " and stat_date >= ? and stat_date < ?";

  private final Connection db;
  private Array unitIds;
  private OffsetDateTime from;
  private OffsetDateTime until;

  IngestionProbe(Connection db) {
    this.db = db;
  }

  /** The platform's id of each credit code on the key-unit list. */
  Map<String, Long> unitIds(List<String> creditCodes) throws SQLException {
    Map<String, Long> ids = new HashMap<>();
    try (PreparedStatement query =
        db.prepareStatement(
            "select credit_code, id from energy.key_unit where credit_code = any(?)")) {
      query.setArray(1, db.createArrayOf("varchar", creditCodes.toArray()));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.put(rows.getString(1), rows.getLong(2));
        }
      }
    }
    return ids;
  }

  /** Fixes what {@link #count} counts: these units, stat types 0 and 1, these days. */
  void watch(Collection<Long> ids, LocalDate firstDay, LocalDate lastDay) throws SQLException {
    unitIds = db.createArrayOf("int8", ids.toArray());
    from = firstDay.atStartOfDay(BeijingTime.ZONE).toOffsetDateTime();
    until = lastDay.plusDays(1).atStartOfDay(BeijingTime.ZONE).toOffsetDateTime();
  }

  /** The database's own clock, so that {@code received_at} is compared with the same clock. */
  OffsetDateTime databaseNow() throws SQLException {
    try (PreparedStatement query = db.prepareStatement("select clock_timestamp()");
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getObject(1, OffsetDateTime.class);
    }
  }

  /**
   * Points committed since a time, from the upload log: the platform writes an accepted upload's
   * line (with its item count) in the same transaction as its rows, and the log's index on the time
   * of acceptance keeps each poll to this run's lines, matched to the units by a hash. (The intake
   * receipts, polled before, have no such index: on a database that had seen a few runs, each poll
   * read the whole table and compared every line with every unit.)
   */
  long committedSince(OffsetDateTime since) throws SQLException {
    try (PreparedStatement query =
        db.prepareStatement(
            "select coalesce(sum(items), 0) from energy.upload_log"
                + " where received_at >= ? and accepted and unit_id in (select unnest(?))")) {
      query.setObject(1, since);
      query.setArray(2, unitIds);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /** The watched rows, all of them (receivedSince null) or those written since a time. */
  long count(OffsetDateTime receivedSince) throws SQLException {
    String sql = receivedSince == null ? COUNT : COUNT + " and received_at >= ?";
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setArray(1, unitIds);
      query.setObject(2, from);
      query.setObject(3, until);
      if (receivedSince != null) {
        query.setObject(4, receivedSince);
      }
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }
}
