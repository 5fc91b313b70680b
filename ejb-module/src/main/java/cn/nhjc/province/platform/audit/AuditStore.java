package cn.nhjc.province.platform.audit;

import cn.nhjc.province.platform.persistence.FlywayIntegrator;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The audit trail's table {@code audit_event} (V22): appends, reads, the chain's verification, and
 * the import marks of {@code audit_import_mark}. Used by {@link AuditTrail} and {@link
 * KeycloakEventImport} alone (ContextDependenciesTest), which check the callers' roles.
 *
 * <p>Appends are serialized by a transaction-scoped advisory lock: the row before is read after the
 * lock is held and the lock is let go at commit, so ids follow each other without gaps and each row
 * is linked to the one committed before it, whatever the concurrency.
 */
@Stateless
@PermitAll
public class AuditStore {
  /**
   * The advisory lock of the appends: (7303, 0), beside the intake's 7301 and the rollups' 7302.
   */
  static final int APPEND_LOCK_SPACE = 7303;

  private static final int FETCH_SIZE = 1000;
  private static final String COLUMNS =
      "id, at, actor, roles, source, action, object, outcome, detail, external_id, prev_hash, hash";

  @Resource(lookup = FlywayIntegrator.DATASOURCE)
  private DataSource dataSource;

  /**
   * Appends a record at the end of the chain, in a transaction of its own: it stays when the
   * caller's work rolls back.
   *
   * @return the stored row; empty when a row with the entry's external id is stored already
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<AuditEvent> append(AuditEntry entry) {
    try (Connection db = dataSource.getConnection()) {
      try (PreparedStatement lock = db.prepareStatement("select pg_advisory_xact_lock(?, 0)")) {
        lock.setInt(1, APPEND_LOCK_SPACE);
        lock.execute();
      }
      if (entry.externalId() != null && storedAlready(db, entry.externalId())) {
        return Optional.empty();
      }
      long id = 1;
      String prevHash = AuditChain.GENESIS;
      try (PreparedStatement last =
              db.prepareStatement("select id, hash from audit_event order by id desc limit 1");
          ResultSet row = last.executeQuery()) {
        if (row.next()) {
          id = row.getLong(1) + 1;
          prevHash = row.getString(2);
        }
      }
      AuditEvent event = AuditEvent.sealed(id, entry, prevHash);
      try (PreparedStatement insert =
          db.prepareStatement(
              "insert into audit_event ("
                  + COLUMNS
                  + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setLong(1, event.id());
        insert.setObject(2, OffsetDateTime.ofInstant(event.at(), ZoneOffset.UTC));
        text(insert, 3, event.actor());
        text(insert, 4, event.roles());
        text(insert, 5, event.source());
        text(insert, 6, event.action());
        text(insert, 7, event.object());
        text(insert, 8, event.outcome());
        text(insert, 9, event.detail());
        text(insert, 10, event.externalId());
        text(insert, 11, event.prevHash());
        text(insert, 12, event.hash());
        insert.executeUpdate();
      }
      return Optional.of(event);
    } catch (SQLException e) {
      throw new EJBException("the audit record " + entry.action() + " could not be written", e);
    }
  }

  private static boolean storedAlready(Connection db, String externalId) throws SQLException {
    try (PreparedStatement sql =
        db.prepareStatement("select 1 from audit_event where external_id = ?")) {
      sql.setString(1, externalId);
      try (ResultSet row = sql.executeQuery()) {
        return row.next();
      }
    }
  }

  /** One page of the records the query matches, newest first (by time, then id). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<AuditEvent> find(AuditQuery query, int page, int size) {
    Where where = Where.of(query);
    String sql =
        "select "
            + COLUMNS
            + " from audit_event"
            + where.sql
            + " order by at desc, id desc limit ? offset ?";
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement = db.prepareStatement(sql)) {
      int next = where.bind(statement);
      statement.setInt(next, size);
      statement.setLong(next + 1, (long) page * size);
      List<AuditEvent> events = new ArrayList<>(size);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          events.add(read(rows));
        }
      }
      return events;
    } catch (SQLException e) {
      throw new EJBException("the audit trail could not be read", e);
    }
  }

  /** How many records the query matches. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long count(AuditQuery query) {
    Where where = Where.of(query);
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement =
            db.prepareStatement("select count(*) from audit_event" + where.sql)) {
      where.bind(statement);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    } catch (SQLException e) {
      throw new EJBException("the audit trail could not be counted", e);
    }
  }

  /**
   * Reads every row in id order, a thousand at a time (a cursor: the transaction keeps it open),
   * and checks the chain ({@link AuditChain.Verifier}) without keeping the rows.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public ChainVerification verify() {
    AuditChain.Verifier verifier = new AuditChain.Verifier();
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement =
            db.prepareStatement("select " + COLUMNS + " from audit_event order by id")) {
      statement.setFetchSize(FETCH_SIZE);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          verifier.accept(read(rows));
        }
      }
    } catch (SQLException e) {
      throw new EJBException("the audit trail could not be read", e);
    }
    return verifier.result();
  }

  /** The last imported record's time and external id at a source, if any was imported. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<ImportMark> mark(String source) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement =
            db.prepareStatement(
                "select last_time, last_event_id from audit_import_mark where source = ?")) {
      statement.setString(1, source);
      try (ResultSet row = statement.executeQuery()) {
        return row.next()
            ? Optional.of(
                new ImportMark(
                    row.getObject(1, OffsetDateTime.class).toInstant(), row.getString(2)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new EJBException("the audit import mark could not be read", e);
    }
  }

  /** Moves the source's mark forward (never back). */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void saveMark(String source, ImportMark mark) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement =
            db.prepareStatement(
                "insert into audit_import_mark (source, last_time, last_event_id)"
                    + " values (?, ?, ?) on conflict (source) do update"
                    + " set last_time = excluded.last_time,"
                    + " last_event_id = excluded.last_event_id"
                    + " where audit_import_mark.last_time <= excluded.last_time")) {
      statement.setString(1, source);
      statement.setObject(2, OffsetDateTime.ofInstant(mark.lastTime(), ZoneOffset.UTC));
      text(statement, 3, mark.lastEventId());
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new EJBException("the audit import mark could not be written", e);
    }
  }

  /** How far an import from a source has come: the time and id of its newest imported event. */
  public record ImportMark(Instant lastTime, String lastEventId) {}

  private static AuditEvent read(ResultSet row) throws SQLException {
    return new AuditEvent(
        row.getLong(1),
        row.getObject(2, OffsetDateTime.class).toInstant(),
        row.getString(3),
        row.getString(4),
        row.getString(5),
        row.getString(6),
        row.getString(7),
        row.getString(8),
        row.getString(9),
        row.getString(10),
        row.getString(11),
        row.getString(12));
  }

  private static void text(PreparedStatement statement, int index, String value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, value);
    }
  }

  /** The where clause of a query and its parameters. */
  private record Where(String sql, List<Object> parameters) {
    static Where of(AuditQuery query) {
      List<String> conditions = new ArrayList<>();
      List<Object> parameters = new ArrayList<>();
      if (query.actor() != null) {
        conditions.add("actor = ?");
        parameters.add(query.actor());
      }
      if (query.action() != null) {
        conditions.add("action = ?");
        parameters.add(query.action());
      }
      if (query.from() != null) {
        conditions.add("at >= ?");
        parameters.add(OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
      }
      if (query.to() != null) {
        conditions.add("at < ?");
        parameters.add(OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
      }
      return new Where(
          conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parameters);
    }

    /** Binds the parameters from index 1; the next free index. */
    int bind(PreparedStatement statement) throws SQLException {
      int index = 1;
      for (Object parameter : parameters) {
        statement.setObject(index++, parameter);
      }
      return index;
    }
  }
}
