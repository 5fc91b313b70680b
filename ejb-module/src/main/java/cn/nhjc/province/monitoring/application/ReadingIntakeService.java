package cn.nhjc.province.monitoring.application;

import cn.nhjc.province.exchange.domain.UploadBatch;
import cn.nhjc.province.monitoring.infrastructure.ReadingStore;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Stores an accepted upload exactly once: the receipt of its uploadId and its points commit
 * together, and a delivery whose receipt exists is skipped. Re-sent values replace stored ones and
 * keep them as revisions ({@link ReadingStore#merge}).
 */
@Stateless
@PermitAll
public class ReadingIntakeService {

  @PersistenceContext private EntityManager em;
  @EJB private ReadingStore store;

  /**
   * @return the number of points stored, 0 when this upload was stored before
   */
  public int store(UploadBatch batch) {
    List<?> unit =
        em.createNativeQuery("select id from key_unit where credit_code = ?1")
            .setParameter(1, batch.creditCode())
            .getResultList();
    if (unit.isEmpty()) {
      throw new UnknownUnitException(batch.creditCode());
    }
    long unitId = ((Number) unit.get(0)).longValue();
    int claimed =
        em.createNativeQuery(
                "insert into intake_receipt (message_id, unit_id, points) values (?1, ?2, ?3)"
                    + " on conflict (message_id) do nothing")
            .setParameter(1, batch.uploadId())
            .setParameter(2, unitId)
            .setParameter(3, batch.items().size())
            .executeUpdate();
    if (claimed == 0) {
      return 0;
    }
    store.merge(unitId, batch);
    return batch.items().size();
  }
}
