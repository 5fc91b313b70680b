package cn.nhjc.province.exchange.application;

import cn.nhjc.province.exchange.domain.IntakeBusyException;
import cn.nhjc.province.exchange.domain.UploadBatch;
import cn.nhjc.province.monitoring.domain.LiveData;
import cn.nhjc.province.platform.config.PlatformSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * Puts accepted uploads on the durable intake lanes ({@link IntakeQueues}): the live lane for
 * uploads with values of live days ({@link LiveData}), the catch-up lane for the rest. The order of
 * storing does not matter: of two values for the same key, the one accepted later wins ({@code
 * ReadingStore#merge}).
 */
@Stateless
@PermitAll
public class UploadIntake {

  @EJB private PlatformSettings settings;
  @Inject private IntakeQueues queues;
  @Inject private IntakeBackpressure backpressure;
  @Inject private IntakeMetrics metrics;

  /**
   * Sends an accepted upload to its lane and returns once the broker has journalled it, outside any
   * transaction. A second upload with the same id is dropped by the broker's duplicate detection.
   *
   * @throws IntakeBusyException when the upload's lane holds too many uploads not yet stored
   *     ({@link IntakeBackpressure}); nothing is sent then
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void enqueue(UploadBatch batch) {
    LiveData live = new LiveData(settings.integer("data.live-days"));
    boolean toLiveLane = isLive(batch, live, Instant.now());
    backpressure.admit(toLiveLane);
    queues.send(batch, toLiveLane);
    metrics.accepted(toLiveLane, batch.items().size());
  }

  /**
   * An upload with any live item takes the live lane: what arrives now shows in the totals within
   * seconds while a backlog of old days (补传) waits its turn in the intake queue.
   */
  static boolean isLive(UploadBatch batch, LiveData live, Instant now) {
    Predicate<Instant> isLive = live.at(now);
    return batch.items().stream().anyMatch(item -> isLive.test(item.statDate()));
  }
}
