package cn.nhjc.province.exchange.infrastructure;

import cn.nhjc.province.exchange.application.UploadIntake;
import cn.nhjc.province.exchange.domain.UploadBatch;
import cn.nhjc.province.exchange.domain.UploadBatchCodec;
import cn.nhjc.province.monitoring.application.IntakeActivity;
import cn.nhjc.province.monitoring.application.ReadingIntakeService;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stores uploads taken from the intake queue, in batches: with the message it is given, it takes up
 * to {@link #MAX_MESSAGES} more that are waiting and stores them all in the one XA transaction that
 * acknowledges them, so that a busy queue pays for one two-phase commit per batch instead of per
 * upload.
 *
 * <p>A failure rolls the whole batch back for redelivery. A message that comes back (redelivered)
 * is stored on its own, so one bad upload cannot hold good ones back; after the configured
 * redeliveries the broker moves it to the dead-letter queue. An upload that can never be stored
 * (unreadable, its unit no longer on the list, or one reading named twice in it) goes to the
 * dead-letter queue at once, in the same transaction, with the reason.
 *
 * <p>Two lanes share this logic: {@link UploadIntakeConsumer} for the intake queue (catch-up, 补传)
 * and {@link LiveIntakeConsumer} for the live queue ({@code UploadIntake#enqueue}), so that what
 * arrives now is never stored behind a backlog of old days, paged or not.
 */
public abstract class IntakeConsumer implements MessageListener {
  private static final Logger LOG = Logger.getLogger(IntakeConsumer.class.getName());
  static final int MAX_MESSAGES = 64;
  static final int MAX_POINTS = 40_000;

  @EJB private ReadingIntakeService intake;
  @EJB private IntakeActivity activity;

  @Inject
  @JMSConnectionFactory("java:/JmsXA")
  private JMSContext jms;

  @Resource(lookup = "java:/jms/queue/UploadIntakeDLQ")
  private Queue deadLetters;

  @Override
  public void onMessage(Message first) {
    try {
      List<Message> messages = new ArrayList<>();
      messages.add(first);
      if (!first.getJMSRedelivered()) {
        drain(messages, items(first));
      }
      Map<UploadBatch, Message> batches = new IdentityHashMap<>();
      List<UploadBatch> ordered = new ArrayList<>();
      for (Message message : messages) {
        UploadBatch batch = decode(message);
        if (batch == null) {
          deadLetter(message, "unreadable intake message");
        } else {
          batches.put(batch, message);
          ordered.add(batch);
        }
      }
      long waited = waitedMillis(messages);
      for (ReadingIntakeService.Unstorable refused : intake.storeAll(ordered).unstorable()) {
        deadLetter(batches.get(refused.batch()), refused.reason());
      }
      if (!isLive()) {
        activity.catchUpStored();
      }
      if (waited >= SLOW_QUEUE_MILLIS && LOG.isLoggable(Level.INFO)) {
        LOG.info(
            String.format(
                "intake batch of %d %s uploads: the oldest waited %d ms in the queue",
                messages.size(), lane(), waited));
      }
    } catch (JMSException e) {
      throw new IllegalStateException("could not read from the intake queue", e);
    }
  }

  /** The queue this lane takes uploads from. */
  protected abstract Queue queue();

  /** Whether this is the live lane; the other is catch-up ({@link IntakeActivity}). */
  protected abstract boolean isLive();

  /** The lane's name in the log. */
  private String lane() {
    return isLive() ? "live" : "catch-up";
  }

  /** Batches whose oldest upload waited this long in the queue are logged: the intake's lag. */
  static final long SLOW_QUEUE_MILLIS = 1000;

  private static long waitedMillis(List<Message> messages) throws JMSException {
    long now = System.currentTimeMillis();
    long waited = 0;
    for (Message message : messages) {
      if (message.getJMSTimestamp() > 0) {
        waited = Math.max(waited, now - message.getJMSTimestamp());
      }
    }
    return waited;
  }

  private void drain(List<Message> messages, int points) throws JMSException {
    try (JMSConsumer more = jms.createConsumer(queue())) {
      while (messages.size() < MAX_MESSAGES && points < MAX_POINTS) {
        Message next = more.receiveNoWait();
        if (next == null) {
          return;
        }
        messages.add(next);
        points += items(next);
      }
    }
  }

  private static int items(Message message) throws JMSException {
    return message.propertyExists(UploadIntake.ITEMS)
        ? message.getIntProperty(UploadIntake.ITEMS)
        : 0;
  }

  private static UploadBatch decode(Message message) throws JMSException {
    if (!(message instanceof TextMessage text)) {
      return null;
    }
    try {
      return UploadBatchCodec.decode(text.getText());
    } catch (RuntimeException e) {
      return null;
    }
  }

  private void deadLetter(Message message, String reason) throws JMSException {
    LOG.warning("dead-lettering " + message.getJMSMessageID() + ": " + reason);
    JMSProducer producer =
        jms.createProducer()
            .setDeliveryMode(DeliveryMode.PERSISTENT)
            .setProperty(UploadIntake.DEAD_LETTER_REASON, reason);
    for (String property : UploadIntake.COPIED_PROPERTIES) {
      if (message.propertyExists(property)) {
        producer.setProperty(property, message.getObjectProperty(property));
      }
    }
    String body = message instanceof TextMessage text ? text.getText() : "";
    producer.send(deadLetters, body);
  }
}
