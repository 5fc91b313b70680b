package cn.nhjc.province.exchange.application;

import cn.nhjc.province.exchange.domain.UploadBatch;
import cn.nhjc.province.monitoring.application.ReadingIntakeService;
import cn.nhjc.province.monitoring.domain.UnitReadings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores accepted uploads exactly once: their readings and receipts ({@link
 * ReadingIntakeService#storeAll}) and their upload-log lines ({@link UploadLog#recordStored}) are
 * written in one transaction of its own, which commits before the intake acknowledges the messages
 * that brought them. A crash between the two leaves the messages to be delivered again, their
 * receipts keep them from being stored or logged twice, and no transaction is ever left prepared.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class UploadStorage {

  @EJB private ReadingIntakeService readings;
  @EJB private UploadLog log;

  /**
   * Stores several uploads in a transaction of their own, committed when this returns.
   *
   * @return the points stored and the uploads that can never be stored (not stored, not claimed),
   *     each with the reason; each upload returned is one of the given instances
   */
  public StoreResult storeAll(List<UploadBatch> uploads) {
    // by identity: two deliveries of one upload are equal records, and each answers for its own
    // message
    Map<UnitReadings, UploadBatch> uploadOf = new IdentityHashMap<>();
    List<UnitReadings> toStore = new ArrayList<>(uploads.size());
    for (UploadBatch upload : uploads) {
      UnitReadings unitReadings = readingsOf(upload);
      uploadOf.put(unitReadings, upload);
      toStore.add(unitReadings);
    }
    ReadingIntakeService.StoreResult stored = readings.storeAll(toStore);
    log.recordStored(
        stored.stored().stream()
            .map(s -> new UploadLog.StoredUpload(uploadOf.get(s.readings()), s.unitId()))
            .toList());
    return new StoreResult(
        stored.points(),
        stored.unstorable().stream()
            .map(u -> new Unstorable(uploadOf.get(u.readings()), u.reason()))
            .toList());
  }

  /** What {@link #storeAll} did. */
  public record StoreResult(int points, List<Unstorable> unstorable) {}

  /** An upload that can never be stored, and why. */
  public record Unstorable(UploadBatch batch, String reason) {}

  /** An upload's items as monitoring stores them. */
  static UnitReadings readingsOf(UploadBatch upload) {
    return new UnitReadings(
        upload.uploadId(),
        upload.creditCode(),
        upload.source(),
        upload.acceptedAt(),
        upload.items().stream()
            .map(
                item ->
                    new UnitReadings.Reading(
                        item.dataCode(),
                        item.statType(),
                        item.statDate(),
                        item.value(),
                        item.inputType(),
                        item.valid(),
                        item.outOfRange()))
            .toList());
  }
}
