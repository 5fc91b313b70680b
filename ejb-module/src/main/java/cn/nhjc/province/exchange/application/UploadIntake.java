package cn.nhjc.province.exchange.application;

import cn.nhjc.province.exchange.domain.IntakeBusyException;
import cn.nhjc.province.exchange.domain.UploadBatch;
import cn.nhjc.province.exchange.domain.UploadBatchCodec;
import cn.nhjc.province.exchange.infrastructure.DurableSenders;
import cn.nhjc.province.exchange.infrastructure.IntakeMetrics;
import cn.nhjc.province.monitoring.domain.LiveData;
import cn.nhjc.province.platform.config.PlatformSettings;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * Puts accepted uploads on the durable intake queue. The order of storing does not matter: of two
 * values for the same key, the one accepted later wins ({@code ReadingStore#merge}).
 */
@Stateless
@PermitAll
public class UploadIntake {

  public static final String QUEUE = "java:/jms/queue/UploadIntake";

  /** The live lane: uploads with values of live days ({@link LiveData}). */
  public static final String LIVE_QUEUE = "java:/jms/queue/LiveIntake";

  static final String DUPLICATE_ID = "_AMQ_DUPL_ID";
  static final String UPLOAD_ID = "uploadId";
  static final String CREDIT_CODE = "creditCode";

  /** The number of items an intake message carries (a message property). */
  public static final String ITEMS = "items";

  /** Why a message was dead-lettered, when the consumer did it (a message property). */
  public static final String DEAD_LETTER_REASON = "deadLetterReason";

  /** The properties a dead-lettered intake message keeps, so that it can be replayed. */
  public static final java.util.List<String> COPIED_PROPERTIES =
      java.util.List.of(UPLOAD_ID, CREDIT_CODE, ITEMS);

  @Inject
  @JMSConnectionFactory("java:/JmsXA")
  private JMSContext jms;

  @Resource(lookup = QUEUE)
  private Queue queue;

  @Resource(lookup = LIVE_QUEUE)
  private Queue liveQueue;

  @EJB private PlatformSettings settings;
  @Inject private DurableSenders senders;
  @Inject private IntakeBackpressure backpressure;
  @Inject private IntakeMetrics metrics;

  /**
   * Sends an accepted upload and returns once the broker has journalled it: a persistent message
   * sent outside a transaction (on a session {@link DurableSenders} keeps open) is a blocking
   * durable send, so no two-phase machinery is needed to know it is safe. A second upload with the
   * same id is dropped by the broker's duplicate detection.
   *
   * @throws IntakeBusyException when the upload's lane holds too many uploads not yet stored
   *     ({@link IntakeBackpressure}); nothing is sent then
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void enqueue(UploadBatch batch) {
    LiveData live = new LiveData(settings.integer("data.live-days"));
    boolean toLiveLane = isLive(batch, live, Instant.now());
    backpressure.admit(toLiveLane);
    String body = UploadBatchCodec.encode(batch);
    senders.send(
        toLiveLane ? liveQueue : queue,
        session ->
            message(
                session.createTextMessage(body),
                batch.uploadId(),
                batch.uploadId(),
                batch.creditCode(),
                batch.items().size()));
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

  /**
   * Sends an intake message as it is, in the caller's transaction (a replay from the dead-letter
   * queue moves the message in one transaction and gets a new duplicate-detection id).
   */
  public void send(String body, String duplicateId, String uploadId, String creditCode, int items) {
    jms.createProducer()
        .setDeliveryMode(DeliveryMode.PERSISTENT)
        .send(
            queue, message(jms.createTextMessage(body), duplicateId, uploadId, creditCode, items));
  }

  private static TextMessage message(
      TextMessage message, String duplicateId, String uploadId, String creditCode, int items) {
    try {
      message.setStringProperty(DUPLICATE_ID, duplicateId);
      message.setStringProperty(UPLOAD_ID, uploadId);
      message.setStringProperty(CREDIT_CODE, creditCode);
      message.setIntProperty(ITEMS, items);
    } catch (JMSException e) {
      throw new IllegalStateException(e);
    }
    return message;
  }
}
