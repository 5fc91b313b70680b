package cn.nhjc.province.exchange.application;

import cn.nhjc.province.exchange.domain.UploadBatch;
import cn.nhjc.province.platform.persistence.SqlTimes;
import cn.nhjc.province.platform.security.CurrentCaller;
import cn.nhjc.province.platform.security.Roles;
import cn.nhjc.province.registry.application.PageResult;
import cn.nhjc.province.registry.application.UnitVisibility;
import cn.nhjc.province.registry.domain.DeviceIds;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The outcome of every request the front-end processor received. A refusal is written in a
 * transaction of its own, after the request is answered, so that a log write can never undo an
 * acknowledgement; an accepted upload is written when it is stored, in the transaction that stores
 * it ({@link UploadStorage}), so that its line appears exactly once and only for what was stored.
 */
@Stateless
@PermitAll
public class UploadLog {
  private static final int MAX_REASON = 500;

  /** The protocol operation that accepts uploads of each source, as the log names it. */
  private static final Map<String, String> OPERATIONS =
      Map.of("device", "uploadEnergyData", "city", "cityUpload");

  @PersistenceContext private EntityManager em;
  @EJB private CurrentCaller caller;

  @Resource(lookup = "java:jboss/datasources/EnergyDS")
  private DataSource dataSource;

  /** An upload stored in the caller's transaction, and the id of its unit. */
  public record StoredUpload(UploadBatch upload, long unitId) {}

  /** One request's outcome. */
  public record Entry(
      Instant receivedAt,
      String operation,
      String deviceId,
      String creditCode,
      Long unitId,
      boolean accepted,
      int items,
      int flagged,
      String reason,
      String uploadId,
      String remoteAddress) {}

  /** A log line as pages and the API show it. */
  public record LogLine(
      long id,
      Instant receivedAt,
      String operation,
      String deviceId,
      String creditCode,
      String unitName,
      boolean accepted,
      int items,
      int flagged,
      String reason,
      String uploadId) {}

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(Entry entry) {
    // The log is a record of requests, not acknowledged data: its commit need not wait for the
    // WAL flush (a crash may lose the last fraction of a second of log, never a stored value),
    // which keeps a disk flush off every upload's acknowledgement.
    em.createNativeQuery("set local synchronous_commit = off").executeUpdate();
    em.createNativeQuery(
            "insert into upload_log (received_at, operation, device_id, credit_code, unit_id,"
                + " accepted, items, flagged, reason, upload_id, remote_addr)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
        .setParameter(1, Timestamp.from(entry.receivedAt()))
        .setParameter(2, entry.operation())
        .setParameter(3, DeviceIds.masked(clip(entry.deviceId(), 64)))
        .setParameter(4, clip(entry.creditCode(), 32))
        .setParameter(5, entry.unitId())
        .setParameter(6, entry.accepted())
        .setParameter(7, entry.items())
        .setParameter(8, entry.flagged())
        .setParameter(9, clip(entry.reason(), MAX_REASON))
        .setParameter(10, entry.uploadId())
        .setParameter(11, clip(entry.remoteAddress(), 64))
        .executeUpdate();
  }

  /**
   * Writes the lines of uploads stored in the caller's transaction, which commits or rolls back the
   * lines with the readings ({@code MANDATORY}); one statement for all of them.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void recordStored(List<StoredUpload> stored) {
    if (stored.isEmpty()) {
      return;
    }
    int size = stored.size();
    Timestamp[] received = new Timestamp[size];
    String[] operations = new String[size];
    String[] devices = new String[size];
    String[] creditCodes = new String[size];
    Long[] units = new Long[size];
    Integer[] items = new Integer[size];
    Integer[] flagged = new Integer[size];
    String[] ids = new String[size];
    String[] remotes = new String[size];
    for (int i = 0; i < size; i++) {
      UploadBatch batch = stored.get(i).upload();
      received[i] = Timestamp.from(batch.acceptedAt());
      operations[i] = OPERATIONS.getOrDefault(batch.source(), batch.source());
      devices[i] = DeviceIds.masked(batch.deviceId());
      creditCodes[i] = batch.creditCode();
      units[i] = stored.get(i).unitId();
      items[i] = batch.items().size();
      flagged[i] = batch.flagged();
      ids[i] = batch.uploadId();
      remotes[i] = batch.remoteAddress();
    }
    // JDBC arrays: one statement for a batch of up to 64 uploads, through the connection the
    // transaction's other statements use
    try (Connection db = dataSource.getConnection();
        PreparedStatement insert =
            db.prepareStatement(
                "insert into upload_log (received_at, operation, device_id, credit_code, unit_id,"
                    + " accepted, items, flagged, upload_id, remote_addr)"
                    + " select r, o, d, c, u, true, n, f, i, a from unnest(?::timestamptz[],"
                    + " ?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[], ?::int[], ?::int[],"
                    + " ?::varchar[], ?::varchar[]) as t(r, o, d, c, u, n, f, i, a)")) {
      insert.setArray(1, db.createArrayOf("timestamptz", received));
      insert.setArray(2, db.createArrayOf("varchar", operations));
      insert.setArray(3, db.createArrayOf("varchar", devices));
      insert.setArray(4, db.createArrayOf("varchar", creditCodes));
      insert.setArray(5, db.createArrayOf("int8", units));
      insert.setArray(6, db.createArrayOf("int4", items));
      insert.setArray(7, db.createArrayOf("int4", flagged));
      insert.setArray(8, db.createArrayOf("varchar", ids));
      insert.setArray(9, db.createArrayOf("varchar", remotes));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new UploadLogException("could not log " + size + " uploads", e);
    }
  }

  /** The whole log, newest first, for administrators and supervisors. */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.SUPERVISOR})
  public PageResult<LogLine> all(String creditCode, Boolean accepted, int page, int size) {
    return find(creditCode, accepted, page, size);
  }

  /**
   * One unit's log: the unit itself, an official whose scope covers it, or an administrator.
   *
   * @throws EJBAccessException when the unit lies outside the caller's scope
   */
  @RolesAllowed({
    Roles.ENTERPRISE_USER,
    Roles.CITY_OFFICIAL,
    Roles.PROVINCE_OFFICIAL,
    Roles.SUPERVISOR,
    Roles.PLATFORM_ADMIN
  })
  public PageResult<LogLine> ofUnit(String creditCode, int page, int size) {
    UnitVisibility.requireVisible(em, caller.requireScope(), creditCode);
    return find(creditCode, null, page, size);
  }

  private PageResult<LogLine> find(String creditCode, Boolean accepted, int page, int size) {
    int pageSize = Math.max(1, Math.min(size, 500));
    StringBuilder where = new StringBuilder(" where true");
    List<Object> parameters = new ArrayList<>();
    if (creditCode != null && !creditCode.isBlank()) {
      parameters.add(creditCode.trim());
      where.append(" and l.credit_code = ?").append(parameters.size());
    }
    if (accepted != null) {
      parameters.add(accepted);
      where.append(" and l.accepted = ?").append(parameters.size());
    }
    Query count = em.createNativeQuery("select count(*) from upload_log l" + where);
    Query rows =
        em.createNativeQuery(
            "select l.id, l.received_at, l.operation, l.device_id, l.credit_code, u.name,"
                + " l.accepted, l.items, l.flagged, l.reason, l.upload_id from upload_log l"
                + " left join key_unit u on u.id = l.unit_id"
                + where
                + " order by l.received_at desc, l.id desc");
    for (int i = 0; i < parameters.size(); i++) {
      count.setParameter(i + 1, parameters.get(i));
      rows.setParameter(i + 1, parameters.get(i));
    }
    long total = ((Number) count.getSingleResult()).longValue();
    List<LogLine> lines = new ArrayList<>();
    for (Object result :
        rows.setFirstResult(Math.max(0, page) * pageSize).setMaxResults(pageSize).getResultList()) {
      Object[] row = (Object[]) result;
      lines.add(
          new LogLine(
              ((Number) row[0]).longValue(),
              SqlTimes.instant(row[1]),
              (String) row[2],
              (String) row[3],
              (String) row[4],
              (String) row[5],
              (Boolean) row[6],
              ((Number) row[7]).intValue(),
              ((Number) row[8]).intValue(),
              (String) row[9],
              (String) row[10]));
    }
    return new PageResult<>(total, Math.max(0, page), pageSize, lines);
  }

  private static String clip(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }
}
