package cn.nhjc.province.monitoring.application;

import cn.nhjc.province.monitoring.domain.UnitReadings;
import cn.nhjc.province.platform.config.PlatformSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stores readings exactly once: the receipt of an uploadId and its readings are written together,
 * in the caller's transaction, and readings whose receipt exists are skipped. The caller owns the
 * transaction ({@code MANDATORY}) so that what it records of the same readings (exchange's upload
 * log) commits or rolls back with them; when that transaction commits before the messages that
 * brought the readings are acknowledged, a crash between the two delivers them again and stores
 * nothing twice. Re-sent values replace stored ones and keep them as revisions ({@link
 * ReadingStore#merge}).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ReadingIntakeService {

  /** The first key of the advisory locks that serialise the storing of readings (any number). */
  private static final int INTAKE_LOCK_SPACE = 7301;

  @PersistenceContext private EntityManager em;
  @EJB private ReadingStore store;
  @EJB private PlatformSettings settings;

  /**
   * Stores the readings of several uploads with a few statements for all of them: lock their units,
   * claim their receipts, merge their readings. No lock is waited for longer than {@code
   * intake.lock-timeout-ms}: a batch that cannot get its locks fails instead of stopping its lane.
   *
   * @return the points stored, the uploads stored by this call (not those whose receipt existed)
   *     with their units, and the uploads that can never be stored (not stored, not claimed), each
   *     with the reason; each of them is one of the given instances
   */
  public StoreResult storeAll(List<UnitReadings> uploads) {
    store.limitLockWaits(settings.integer("intake.lock-timeout-ms"));
    Map<String, Long> units = unitIds(uploads);
    List<Unstorable> unstorable = new ArrayList<>();
    List<ReadingStore.Placed> known = new ArrayList<>();
    for (UnitReadings upload : uploads) {
      Long unitId = units.get(upload.creditCode());
      if (unitId == null) {
        unstorable.add(
            new Unstorable(upload, "unit " + upload.creditCode() + " is not on the list"));
      } else {
        known.add(new ReadingStore.Placed(unitId, upload));
      }
    }
    boolean distinct = ReadingStore.distinctKeys(known);
    if (!distinct) {
      // an upload that names one reading twice can never be stored (the front-end processor
      // refuses such uploads; one may still come from the queue): it goes to the dead letters at
      // once instead of failing every delivery of the batches it is in
      List<ReadingStore.Placed> storable = new ArrayList<>();
      for (ReadingStore.Placed placed : known) {
        if (ReadingStore.distinctKeys(List.of(placed))) {
          storable.add(placed);
        } else {
          unstorable.add(
              new Unstorable(
                  placed.readings(),
                  "the upload holds a reading (dataCode, statType, statDate) twice"));
        }
      }
      known = storable;
    }
    if (known.isEmpty()) {
      return new StoreResult(0, List.of(), unstorable);
    }
    // Two batches that could hold the same reading are stored one after the other, so that each
    // replaced value is seen and kept as a revision.
    store.lockReadings(known, INTAKE_LOCK_SPACE);
    Set<String> claimed = store.claim(known);
    List<ReadingStore.Placed> fresh =
        known.stream().filter(p -> claimed.contains(p.readings().uploadId())).toList();
    if (fresh.isEmpty()) {
      return new StoreResult(0, List.of(), unstorable);
    }
    if (distinct || ReadingStore.distinctKeys(fresh)) {
      store.merge(fresh);
    } else {
      // the same value twice in one batch (a quick re-send): one upload after the other, in the
      // order they were accepted, so that the earlier value becomes the later one's revision
      fresh.stream()
          .sorted(Comparator.comparing(p -> p.readings().acceptedAt()))
          .forEach(p -> store.merge(List.of(p)));
    }
    return new StoreResult(
        fresh.stream().mapToInt(p -> p.readings().readings().size()).sum(),
        fresh.stream().map(p -> new Stored(p.unitId(), p.readings())).toList(),
        unstorable);
  }

  /** What {@link #storeAll} did. */
  public record StoreResult(int points, List<Stored> stored, List<Unstorable> unstorable) {}

  /** Readings stored by {@link #storeAll}, and the id of their unit. */
  public record Stored(long unitId, UnitReadings readings) {}

  /** Readings that can never be stored, and why. */
  public record Unstorable(UnitReadings readings, String reason) {}

  /**
   * The ids of the batches' units, each locked (FOR KEY SHARE) until the transaction ends: the
   * readings carry no foreign key (V12), so this lock, taken once per unit and batch, is what keeps
   * a unit from being deleted while its readings are stored, as the key did for every reading.
   */
  private Map<String, Long> unitIds(List<UnitReadings> uploads) {
    Set<String> codes = new LinkedHashSet<>();
    uploads.forEach(upload -> codes.add(upload.creditCode()));
    Map<String, Long> ids = new HashMap<>();
    for (Object result :
        em.createNativeQuery(
                "select credit_code, id from key_unit where credit_code in (?1) for key share")
            .setParameter(1, List.copyOf(codes))
            .getResultList()) {
      Object[] row = (Object[]) result;
      ids.put((String) row[0], ((Number) row[1]).longValue());
    }
    return ids;
  }
}
