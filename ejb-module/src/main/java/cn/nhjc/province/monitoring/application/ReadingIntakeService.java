package cn.nhjc.province.monitoring.application;

import cn.nhjc.province.exchange.domain.UploadBatch;
import cn.nhjc.province.monitoring.infrastructure.ReadingStore;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stores accepted uploads exactly once: the receipt of an uploadId and its points commit together
 * (in the caller's transaction, with the acknowledgement of the intake messages), and an upload
 * whose receipt exists is skipped. Re-sent values replace stored ones and keep them as revisions
 * ({@link ReadingStore#merge}).
 */
@Stateless
@PermitAll
public class ReadingIntakeService {

  /** The first key of the advisory locks that serialise one unit's intake (any fixed number). */
  private static final int INTAKE_LOCK_SPACE = 7301;

  @PersistenceContext private EntityManager em;
  @EJB private ReadingStore store;

  /**
   * @return the number of points stored, 0 when this upload was stored before
   * @throws UnknownUnitException when the upload's unit is not on the list
   */
  public int store(UploadBatch batch) {
    StoreResult result = storeAll(List.of(batch));
    if (!result.unknownUnit().isEmpty()) {
      throw new UnknownUnitException(batch.creditCode());
    }
    return result.points();
  }

  /**
   * Stores several uploads in the caller's transaction.
   *
   * @return the points stored and the uploads whose unit is not on the list (not stored)
   */
  public StoreResult storeAll(List<UploadBatch> batches) {
    Map<String, Long> units = unitIds(batches);
    int points = 0;
    List<UploadBatch> unknown = new ArrayList<>();
    List<UploadBatch> known = new ArrayList<>();
    for (UploadBatch batch : batches) {
      (units.containsKey(batch.creditCode()) ? known : unknown).add(batch);
    }
    // One unit's uploads are stored one transaction at a time (so that each replaced value is
    // seen and kept as a revision); units are locked in id order, so batches never deadlock.
    known.sort(java.util.Comparator.comparing(batch -> units.get(batch.creditCode())));
    long locked = -1;
    for (UploadBatch batch : known) {
      long unitId = units.get(batch.creditCode());
      if (unitId != locked) {
        em.createNativeQuery(
                "select count(*) from (select pg_advisory_xact_lock(?1, ?2)) as unit_lock")
            .setParameter(1, INTAKE_LOCK_SPACE)
            .setParameter(2, (int) unitId)
            .getSingleResult();
        locked = unitId;
      }
      int claimed =
          em.createNativeQuery(
                  "insert into intake_receipt (message_id, unit_id, points) values (?1, ?2, ?3)"
                      + " on conflict (message_id) do nothing")
              .setParameter(1, batch.uploadId())
              .setParameter(2, unitId)
              .setParameter(3, batch.items().size())
              .executeUpdate();
      if (claimed > 0) {
        store.merge(unitId, batch);
        logAccepted(unitId, batch);
        points += batch.items().size();
      }
    }
    return new StoreResult(points, unknown);
  }

  /**
   * The upload log's line of an accepted upload is written with its values, in the same
   * transaction: it appears exactly once, and only for what was stored. (Refused requests are
   * logged by the front-end processor when it refuses them.)
   */
  private void logAccepted(long unitId, UploadBatch batch) {
    em.createNativeQuery(
            "insert into upload_log (received_at, operation, device_id, credit_code, unit_id,"
                + " accepted, items, flagged, upload_id, remote_addr)"
                + " values (?1, ?2, ?3, ?4, ?5, true, ?6, ?7, ?8, ?9)")
        .setParameter(1, java.sql.Timestamp.from(batch.acceptedAt()))
        .setParameter(2, OPERATIONS.getOrDefault(batch.source(), batch.source()))
        .setParameter(3, batch.deviceId())
        .setParameter(4, batch.creditCode())
        .setParameter(5, unitId)
        .setParameter(6, batch.items().size())
        .setParameter(7, batch.flagged())
        .setParameter(8, batch.uploadId())
        .setParameter(9, batch.remoteAddress())
        .executeUpdate();
  }

  /** The protocol operation that accepts uploads of each source, as the upload log names it. */
  private static final Map<String, String> OPERATIONS =
      Map.of("device", "uploadEnergyData", "city", "cityUpload");

  /** What {@link #storeAll} did. */
  public record StoreResult(int points, List<UploadBatch> unknownUnit) {}

  private Map<String, Long> unitIds(List<UploadBatch> batches) {
    Set<String> codes = new LinkedHashSet<>();
    batches.forEach(batch -> codes.add(batch.creditCode()));
    Map<String, Long> ids = new HashMap<>();
    for (Object result :
        em.createNativeQuery("select credit_code, id from key_unit where credit_code in (?1)")
            .setParameter(1, List.copyOf(codes))
            .getResultList()) {
      Object[] row = (Object[]) result;
      ids.put((String) row[0], ((Number) row[1]).longValue());
    }
    return ids;
  }
}
