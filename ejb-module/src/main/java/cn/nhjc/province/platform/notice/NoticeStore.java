package cn.nhjc.province.platform.notice;

import cn.nhjc.province.platform.persistence.FlywayIntegrator;
import cn.nhjc.province.platform.security.CallerScope;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The tables of notices ({@code notice_kind}, {@code notice}, {@code notice_state}; V26). Used by
 * {@link Notices} alone, which checks the callers' roles and scope.
 */
@Stateless
@PermitAll
public class NoticeStore {

  /** A notice stored, or the open one of the same kind and source found instead. */
  public record Stored(long id, boolean created) {}

  private static final String SELECT =
      "select n.id, n.kind_code, k.name, k.name_en, n.severity, n.title, n.body, n.source_context,"
          + " n.source_id, n.created_at, n.sender, n.unit_credit_code, n.recipient_role,"
          + " n.recipient_region, n.closed_at, s.read_at, s.acknowledged_at"
          + " from notice n join notice_kind k on k.code = n.kind_code"
          + " left join notice_state s on s.notice_id = n.id and s.account = ?";

  @Resource(lookup = FlywayIntegrator.DATASOURCE)
  private DataSource dataSource;

  public boolean kindExists(String kind) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement sql = db.prepareStatement("select 1 from notice_kind where code = ?")) {
      sql.setString(1, kind);
      try (ResultSet row = sql.executeQuery()) {
        return row.next();
      }
    } catch (SQLException e) {
      throw new EJBException("the notice kinds could not be read", e);
    }
  }

  /** Stores the notice, unless one of its kind and source is open: then that one's id. */
  public Stored insert(NoticeDraft draft, String sender, Instant at) {
    NoticeRecipient to = draft.recipient();
    try (Connection db = dataSource.getConnection()) {
      try (PreparedStatement insert =
          db.prepareStatement(
              "insert into notice (kind_code, severity, title, body, source_context, source_id,"
                  + " created_at, sender, unit_credit_code, recipient_role, recipient_region,"
                  + " region_prefix) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                  + " on conflict (kind_code, source_context, source_id) where closed_at is null"
                  + " do nothing returning id")) {
        insert.setString(1, draft.kind());
        insert.setString(2, draft.severity().code());
        insert.setString(3, draft.title());
        insert.setString(4, draft.body());
        insert.setString(5, draft.sourceContext());
        insert.setString(6, draft.sourceId());
        insert.setObject(7, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        insert.setString(8, sender);
        text(insert, 9, to.unitCreditCode());
        text(insert, 10, to.role());
        text(insert, 11, to.regionCode());
        text(insert, 12, to.regionPrefix());
        try (ResultSet row = insert.executeQuery()) {
          if (row.next()) {
            return new Stored(row.getLong(1), true);
          }
        }
      }
      return new Stored(
          openId(db, draft.kind(), draft.sourceContext(), draft.sourceId())
              .orElseThrow(
                  () -> new EJBException("the open notice of " + draft.sourceId() + " vanished")),
          false);
    } catch (SQLException e) {
      throw new EJBException("the notice could not be stored", e);
    }
  }

  private static Optional<Long> openId(Connection db, String kind, String context, String sourceId)
      throws SQLException {
    try (PreparedStatement sql =
        db.prepareStatement(
            "select id from notice where kind_code = ? and source_context = ? and source_id = ?"
                + " and closed_at is null")) {
      sql.setString(1, kind);
      sql.setString(2, context);
      sql.setString(3, sourceId);
      try (ResultSet row = sql.executeQuery()) {
        return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
      }
    }
  }

  /** The source ids of the open notices of a kind sent by a context. */
  public Set<String> openSources(String kind, String context) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement sql =
            db.prepareStatement(
                "select source_id from notice where kind_code = ? and source_context = ?"
                    + " and closed_at is null order by id")) {
      sql.setString(1, kind);
      sql.setString(2, context);
      Set<String> ids = new LinkedHashSet<>();
      try (ResultSet rows = sql.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new EJBException("the open notices could not be read", e);
    }
  }

  /** Closes the open notice of a kind and source; whether there was one. */
  public boolean close(String kind, String context, String sourceId, String by, Instant at) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement sql =
            db.prepareStatement(
                "update notice set closed_at = ?, closed_by = ? where kind_code = ?"
                    + " and source_context = ? and source_id = ? and closed_at is null")) {
      sql.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
      sql.setString(2, by);
      sql.setString(3, kind);
      sql.setString(4, context);
      sql.setString(5, sourceId);
      return sql.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new EJBException("the notice could not be closed", e);
    }
  }

  /** The audience's notices, newest first. */
  public List<Notice> find(NoticeAudience audience, boolean unreadOnly, int page, int size) {
    Where where = Where.of(audience, unreadOnly);
    try (Connection db = dataSource.getConnection();
        PreparedStatement sql =
            db.prepareStatement(
                SELECT + where.sql + " order by n.created_at desc, n.id desc limit ? offset ?")) {
      sql.setString(1, audience.account());
      int next = where.bind(db, sql, 2);
      sql.setInt(next, size);
      sql.setLong(next + 1, (long) page * size);
      List<Notice> notices = new ArrayList<>(size);
      try (ResultSet rows = sql.executeQuery()) {
        while (rows.next()) {
          notices.add(read(rows));
        }
      }
      return notices;
    } catch (SQLException e) {
      throw new EJBException("the notices could not be read", e);
    }
  }

  /** How many of the audience's notices there are (unread ones only, when asked). */
  public long count(NoticeAudience audience, boolean unreadOnly) {
    Where where = Where.of(audience, unreadOnly);
    try (Connection db = dataSource.getConnection();
        PreparedStatement sql =
            db.prepareStatement(
                "select count(*) from notice n left join notice_state s on s.notice_id = n.id"
                    + " and s.account = ?"
                    + where.sql)) {
      sql.setString(1, audience.account());
      where.bind(db, sql, 2);
      try (ResultSet row = sql.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    } catch (SQLException e) {
      throw new EJBException("the notices could not be counted", e);
    }
  }

  /** One notice with the account's state of it. */
  public Optional<Notice> get(long id, String account) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement sql = db.prepareStatement(SELECT + " where n.id = ?")) {
      sql.setString(1, account);
      sql.setLong(2, id);
      try (ResultSet row = sql.executeQuery()) {
        return row.next() ? Optional.of(read(row)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new EJBException("the notice could not be read", e);
    }
  }

  /** Marks the notice read by the account, and acknowledged when asked; the first times stay. */
  public void mark(long id, String account, boolean acknowledged, Instant at) {
    OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    try (Connection db = dataSource.getConnection();
        PreparedStatement sql =
            db.prepareStatement(
                "insert into notice_state (notice_id, account, read_at, acknowledged_at)"
                    + " values (?, ?, ?, ?) on conflict (notice_id, account) do update set"
                    + " acknowledged_at = coalesce(notice_state.acknowledged_at,"
                    + " excluded.acknowledged_at)")) {
      sql.setLong(1, id);
      sql.setString(2, account);
      sql.setObject(3, when);
      if (acknowledged) {
        sql.setObject(4, when);
      } else {
        sql.setNull(4, Types.TIMESTAMP_WITH_TIMEZONE);
      }
      sql.executeUpdate();
    } catch (SQLException e) {
      throw new EJBException("the notice's state could not be stored", e);
    }
  }

  /** Every recipient account's state of a notice, first read first. */
  public List<NoticeReceipt> receipts(long id) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement sql =
            db.prepareStatement(
                "select account, read_at, acknowledged_at from notice_state where notice_id = ?"
                    + " order by read_at, account")) {
      sql.setLong(1, id);
      List<NoticeReceipt> receipts = new ArrayList<>();
      try (ResultSet rows = sql.executeQuery()) {
        while (rows.next()) {
          receipts.add(new NoticeReceipt(rows.getString(1), instant(rows, 2), instant(rows, 3)));
        }
      }
      return receipts;
    } catch (SQLException e) {
      throw new EJBException("the notice's receipts could not be read", e);
    }
  }

  private static Notice read(ResultSet row) throws SQLException {
    String credit = row.getString(12);
    NoticeRecipient recipient =
        credit != null
            ? NoticeRecipient.unit(credit)
            : NoticeRecipient.officials(row.getString(13), row.getString(14));
    return new Notice(
        row.getLong(1),
        row.getString(2),
        row.getString(3),
        row.getString(4),
        NoticeSeverity.ofCode(row.getString(5)),
        row.getString(6),
        row.getString(7),
        row.getString(8),
        row.getString(9),
        instant(row, 10),
        row.getString(11),
        recipient,
        instant(row, 15),
        instant(row, 16),
        instant(row, 17));
  }

  private static Instant instant(ResultSet row, int column) throws SQLException {
    OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }

  private static void text(PreparedStatement sql, int index, String value) throws SQLException {
    if (value == null) {
      sql.setNull(index, Types.VARCHAR);
    } else {
      sql.setString(index, value);
    }
  }

  /** The audience's condition: its unit's notices, or its roles' notices in its region. */
  private record Where(String sql, NoticeAudience audience) {
    static Where of(NoticeAudience audience, boolean unreadOnly) {
      String unread = unreadOnly ? " and s.read_at is null" : "";
      if (audience.scope().kind() == CallerScope.Kind.ENTERPRISE) {
        return new Where(" where n.unit_credit_code = ?" + unread, audience);
      }
      if (audience.scopePrefix() != null && !audience.officialRoles().isEmpty()) {
        return new Where(
            " where n.recipient_role = any (?) and (? like n.region_prefix || '%'"
                + " or n.region_prefix like ? || '%')"
                + unread,
            audience);
      }
      return new Where(" where false", audience);
    }

    int bind(Connection db, PreparedStatement sql, int first) throws SQLException {
      if (audience.scope().kind() == CallerScope.Kind.ENTERPRISE) {
        sql.setString(first, audience.scope().creditCode());
        return first + 1;
      }
      if (audience.scopePrefix() != null && !audience.officialRoles().isEmpty()) {
        sql.setArray(first, db.createArrayOf("varchar", audience.officialRoles().toArray()));
        sql.setString(first + 1, audience.scopePrefix());
        sql.setString(first + 2, audience.scopePrefix());
        return first + 3;
      }
      return first;
    }
  }
}
