package cn.nhjc.province.exchange.infrastructure;

import cn.nhjc.province.exchange.application.IntakeLanes;
import cn.nhjc.province.exchange.application.IntakeMetrics;
import cn.nhjc.province.exchange.application.UploadStorage;
import cn.nhjc.province.exchange.domain.DeliveryPolicy;
import cn.nhjc.province.exchange.domain.UploadBatch;
import cn.nhjc.province.exchange.domain.UploadBatchCodec;
import cn.nhjc.province.monitoring.application.IntakeActivity;
import cn.nhjc.province.platform.config.PlatformSettings;
import cn.nhjc.province.platform.persistence.DatabaseProbe;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDrivenContext;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stores uploads taken from an intake queue, in batches: with the message it is given, it takes up
 * to {@link #MAX_MESSAGES} more that are waiting, stores them all in one database transaction
 * ({@link UploadStorage#storeAll}: readings, receipts and upload-log lines, committed first) and
 * then acknowledges the messages in the delivery's transaction, which holds nothing but the
 * broker's work. A crash between the two commits delivers the messages again, and their receipts
 * keep them from being stored twice; no transaction is ever prepared in the database, so none can
 * be left holding its locks.
 *
 * <p>A failed storing is decided by {@link DeliveryPolicy}: while the database is away the delivery
 * waits for it ({@code intake.database-wait-ms}) and tries again, else goes back to the broker; a
 * batch goes back whole and each upload comes back alone; an upload that fails alone on its last
 * allowed delivery ({@code intake.max-deliveries}) is set aside in the dead letters with the
 * reason. An upload that can never be stored (unreadable, its unit no longer on the list, or one
 * reading named twice in it) goes to the dead letters at once, with the reason.
 *
 * <p>Two lanes share this logic: {@link UploadIntakeConsumer} for the intake queue (catch-up, 补传)
 * and {@link LiveIntakeConsumer} for the live queue ({@code UploadIntake#enqueue}), so that what
 * arrives now is never stored behind a backlog of old days, paged or not.
 */
public abstract class IntakeConsumer implements MessageListener {
  private static final Logger LOG = Logger.getLogger(IntakeConsumer.class.getName());
  static final int MAX_MESSAGES = 64;
  static final int MAX_POINTS = 40_000;

  /** The broker's count of a message's deliveries, this one included. */
  private static final String DELIVERY_COUNT = "JMSXDeliveryCount";

  @EJB private UploadStorage intake;
  @EJB private IntakeActivity activity;
  @EJB private IntakeLanes lanes;
  @EJB private DatabaseProbe database;
  @EJB private PlatformSettings settings;
  @Inject private IntakeMetrics metrics;
  @Resource private MessageDrivenContext context;

  @Inject
  @JMSConnectionFactory("java:/JmsXA")
  private JMSContext jms;

  @Resource(lookup = JmsIntakeQueues.DEAD_LETTER_QUEUE)
  private Queue deadLetters;

  @Override
  public void onMessage(Message first) {
    lanes.beginDelivery();
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
      long started = System.nanoTime();
      UploadStorage.StoreResult stored = store(ordered, first, messages.size());
      if (stored == null) {
        return;
      }
      for (UploadStorage.Unstorable refused : stored.unstorable()) {
        deadLetter(batches.get(refused.batch()), refused.reason());
      }
      long storing = System.nanoTime() - started;
      lanes.stored(isLive(), stored.points(), storing);
      metrics.stored(isLive(), stored.points(), storing);
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
    } finally {
      lanes.endDelivery();
    }
  }

  /**
   * Stores the uploads (committed on return), or decides what becomes of the delivery when that
   * fails.
   *
   * @return what was stored; {@code null} when the delivery was handed back to the broker or its
   *     one message set aside
   */
  private UploadStorage.StoreResult store(List<UploadBatch> uploads, Message first, int messages)
      throws JMSException {
    while (true) {
      RuntimeException failure;
      try {
        return intake.storeAll(uploads);
      } catch (RuntimeException e) {
        failure = e;
      }
      boolean reachable = database.reachable();
      if (!reachable
          && database.awaitReachable(
              Duration.ofMillis(setting("intake.database-wait-ms", 60_000)))) {
        LOG.info("the database answers again; storing a " + lane() + " batch once more");
        continue;
      }
      int deliveries =
          first.propertyExists(DELIVERY_COUNT) ? first.getIntProperty(DELIVERY_COUNT) : 1;
      DeliveryPolicy policy = new DeliveryPolicy(setting("intake.max-deliveries", 5));
      String reason = reason(failure);
      lanes.failed(isLive(), reason);
      if (policy.onFailure(messages, deliveries, reachable) == DeliveryPolicy.Outcome.SET_ASIDE) {
        deadLetter(first, "not stored after " + deliveries + " deliveries: " + reason);
        return null;
      }
      LOG.warning(
          String.format(
              "a %s batch of %d uploads (delivery %d) goes back to the queue: %s",
              lane(), messages, deliveries, reason));
      context.setRollbackOnly();
      return null;
    }
  }

  /** A setting, or its default while the settings cannot be read (the database away). */
  private int setting(String key, int fallback) {
    try {
      return settings.integer(key);
    } catch (RuntimeException e) {
      return fallback;
    }
  }

  /** The failure's messages along its causes, the innermost last: what an administrator reads. */
  static String reason(Throwable failure) {
    StringBuilder reason = new StringBuilder();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      String message = cause.getMessage();
      if (message != null && (reason.isEmpty() || reason.indexOf(message) < 0)) {
        if (!reason.isEmpty()) {
          reason.append(" ← ");
        }
        reason.append(message.strip());
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    String text = reason.isEmpty() ? failure.getClass().getName() : reason.toString();
    return text.length() > 1000 ? text.substring(0, 1000) : text;
  }

  /** The queue this lane takes uploads from. */
  protected abstract Queue queue();

  /** Whether this is the live lane; the other is catch-up ({@link IntakeActivity}). */
  protected abstract boolean isLive();

  /** The lane's name in the log. */
  private String lane() {
    return isLive() ? IntakeLanes.LIVE : IntakeLanes.CATCH_UP;
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
    return message.propertyExists(JmsIntakeQueues.ITEMS)
        ? message.getIntProperty(JmsIntakeQueues.ITEMS)
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
            .setProperty(JmsIntakeQueues.DEAD_LETTER_REASON, reason);
    for (String property : JmsIntakeQueues.COPIED_PROPERTIES) {
      if (message.propertyExists(property)) {
        producer.setProperty(property, message.getObjectProperty(property));
      }
    }
    String body = message instanceof TextMessage text ? text.getText() : "";
    producer.send(deadLetters, body);
  }
}
