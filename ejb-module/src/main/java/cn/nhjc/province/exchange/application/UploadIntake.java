package cn.nhjc.province.exchange.application;

import cn.nhjc.province.exchange.domain.UploadBatch;
import cn.nhjc.province.exchange.domain.UploadBatchCodec;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;

/**
 * Puts accepted uploads on the durable intake queue. The send joins the caller's transaction, so
 * the broker holds the message once the transaction commits. Artemis refuses a second message with
 * the same duplicate-detection id: the transaction that sends it fails and nothing is queued.
 */
@Stateless
public class UploadIntake {

  public static final String QUEUE = "java:/jms/queue/UploadIntake";
  private static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

  @Inject
  @JMSConnectionFactory("java:/JmsXA")
  private JMSContext jms;

  @Resource(lookup = QUEUE)
  private Queue queue;

  public void enqueue(UploadBatch batch) {
    TextMessage message = jms.createTextMessage(UploadBatchCodec.toJson(batch));
    try {
      message.setStringProperty(DUPLICATE_ID, batch.uploadId());
      message.setStringProperty("creditCode", batch.creditCode());
    } catch (jakarta.jms.JMSException e) {
      throw new IllegalStateException(e);
    }
    jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(queue, message);
  }
}
