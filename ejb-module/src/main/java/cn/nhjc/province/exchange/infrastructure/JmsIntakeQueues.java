package cn.nhjc.province.exchange.infrastructure;

import cn.nhjc.province.exchange.application.DeadLetters;
import cn.nhjc.province.exchange.application.IntakeQueues;
import cn.nhjc.province.exchange.domain.UploadBatch;
import cn.nhjc.province.exchange.domain.UploadBatchCodec;
import cn.nhjc.province.platform.input.Quote;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

/**
 * {@link IntakeQueues} on the embedded broker's JMS queues. An accepted upload is a text message
 * ({@link UploadBatchCodec}) with its id as the broker's duplicate-detection id, sent on a session
 * {@link DurableSenders} keeps open; the dead letters are read, replayed and discarded through the
 * pooled factory ({@code java:/JmsXA}), in the caller's transaction.
 */
@ApplicationScoped
public class JmsIntakeQueues implements IntakeQueues {

  /** The catch-up lane (补传, history). */
  public static final String QUEUE = "java:/jms/queue/UploadIntake";

  /** The live lane: uploads with values of live days. */
  public static final String LIVE_QUEUE = "java:/jms/queue/LiveIntake";

  /** Where uploads the consumers could not store wait for an administrator. */
  static final String DEAD_LETTER_QUEUE = "java:/jms/queue/UploadIntakeDLQ";

  static final String DUPLICATE_ID = "_AMQ_DUPL_ID";
  static final String UPLOAD_ID = "uploadId";
  static final String CREDIT_CODE = "creditCode";

  /** The number of items an intake message carries (a message property). */
  static final String ITEMS = "items";

  /** Why a message was dead-lettered, when the consumer did it (a message property). */
  static final String DEAD_LETTER_REASON = "deadLetterReason";

  /** The properties a dead-lettered intake message keeps, so that it can be replayed. */
  static final List<String> COPIED_PROPERTIES = List.of(UPLOAD_ID, CREDIT_CODE, ITEMS);

  @Inject
  @JMSConnectionFactory("java:/JmsXA")
  private JMSContext jms;

  @Resource(lookup = QUEUE)
  private Queue queue;

  @Resource(lookup = LIVE_QUEUE)
  private Queue liveQueue;

  @Resource(lookup = DEAD_LETTER_QUEUE)
  private Queue deadLetters;

  @Inject private DurableSenders senders;

  /**
   * A persistent message sent outside a transaction, on a session {@link DurableSenders} keeps
   * open, is a blocking durable send: it returns once the broker has journalled the message, so no
   * two-phase machinery is needed to know it is safe.
   */
  @Override
  public void send(UploadBatch upload, boolean live) {
    String body = UploadBatchCodec.encode(upload);
    senders.send(
        live ? liveQueue : queue,
        session ->
            message(
                session.createTextMessage(body),
                upload.uploadId(),
                upload.uploadId(),
                upload.creditCode(),
                upload.items().size()));
  }

  @Override
  public List<DeadLetters.DeadLetter> deadLetters(int max) {
    List<DeadLetters.DeadLetter> letters = new ArrayList<>();
    try (QueueBrowser browser = jms.createBrowser(deadLetters)) {
      Enumeration<?> messages = browser.getEnumeration();
      while (messages.hasMoreElements() && letters.size() < max) {
        letters.add(describe((Message) messages.nextElement()));
      }
    } catch (JMSException e) {
      throw new IllegalStateException("cannot browse the dead-letter queue", e);
    }
    return letters;
  }

  /** The message goes back under a new duplicate-detection id, or the broker would drop it. */
  @Override
  public void replay(String messageId) {
    Message message = take(messageId);
    try {
      String uploadId = message.getStringProperty(UPLOAD_ID);
      jms.createProducer()
          .setDeliveryMode(DeliveryMode.PERSISTENT)
          .send(
              queue,
              message(
                  jms.createTextMessage(((TextMessage) message).getText()),
                  uploadId + ":replay:" + Instant.now().toEpochMilli(),
                  uploadId,
                  message.getStringProperty(CREDIT_CODE),
                  message.getIntProperty(ITEMS)));
    } catch (JMSException e) {
      throw new IllegalStateException("cannot replay " + Quote.of(messageId), e);
    }
  }

  @Override
  public void discard(String messageId) {
    take(messageId);
  }

  private Message take(String messageId) {
    if (messageId == null || !messageId.matches("ID:[0-9a-fA-F-]+")) {
      throw new IllegalArgumentException("not a message id: " + Quote.of(messageId));
    }
    try (JMSConsumer consumer =
        jms.createConsumer(deadLetters, "JMSMessageID = '" + messageId + "'")) {
      Message message = consumer.receive(2_000);
      if (message == null) {
        throw new IllegalArgumentException("no dead letter " + Quote.of(messageId));
      }
      return message;
    }
  }

  private static DeadLetters.DeadLetter describe(Message message) throws JMSException {
    return new DeadLetters.DeadLetter(
        message.getJMSMessageID(),
        message.getStringProperty(UPLOAD_ID),
        message.getStringProperty(CREDIT_CODE),
        message.propertyExists(ITEMS) ? message.getIntProperty(ITEMS) : 0,
        Instant.ofEpochMilli(message.getJMSTimestamp()),
        message.propertyExists(DEAD_LETTER_REASON)
            ? message.getStringProperty(DEAD_LETTER_REASON)
            : "redelivery attempts exhausted");
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
