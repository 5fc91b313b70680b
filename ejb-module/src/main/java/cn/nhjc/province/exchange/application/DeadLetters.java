package cn.nhjc.province.exchange.application;

import cn.nhjc.province.platform.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
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
 * The intake's dead-letter queue: uploads the consumers could not store after every redelivery. An
 * administrator sees them and replays one (back to the intake queue, under a new
 * duplicate-detection id; the intake receipt still keeps it from being stored twice) or discards
 * it. Replaying and discarding move the message in one transaction, so it is never lost or doubled.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class DeadLetters {
  static final String QUEUE = "java:/jms/queue/UploadIntakeDLQ";
  private static final int MAX_LISTED = 500;

  @Inject
  @JMSConnectionFactory("java:/JmsXA")
  private JMSContext jms;

  @Resource(lookup = QUEUE)
  private Queue deadLetters;

  @EJB private UploadIntake intake;

  /** A dead letter as the admin page and the API list it. */
  public record DeadLetter(
      String messageId,
      String uploadId,
      String creditCode,
      int items,
      Instant queuedAt,
      String reason) {}

  public List<DeadLetter> list() {
    List<DeadLetter> letters = new ArrayList<>();
    try (QueueBrowser browser = jms.createBrowser(deadLetters)) {
      Enumeration<?> messages = browser.getEnumeration();
      while (messages.hasMoreElements() && letters.size() < MAX_LISTED) {
        letters.add(describe((Message) messages.nextElement()));
      }
    } catch (JMSException e) {
      throw new IllegalStateException("cannot browse the dead-letter queue", e);
    }
    return letters;
  }

  /** Sends a dead letter back to the intake queue. */
  public void replay(String messageId) {
    Message message = take(messageId);
    try {
      String uploadId = message.getStringProperty(UploadIntake.UPLOAD_ID);
      intake.send(
          ((TextMessage) message).getText(),
          uploadId + ":replay:" + Instant.now().toEpochMilli(),
          uploadId,
          message.getStringProperty(UploadIntake.CREDIT_CODE),
          message.getIntProperty(UploadIntake.ITEMS));
    } catch (JMSException e) {
      throw new IllegalStateException("cannot replay " + messageId, e);
    }
  }

  /** Removes a dead letter for good (an upload that is known to be wrong). */
  public void discard(String messageId) {
    take(messageId);
  }

  private Message take(String messageId) {
    if (messageId == null || !messageId.matches("ID:[0-9a-fA-F-]+")) {
      throw new IllegalArgumentException("not a message id: " + messageId);
    }
    try (JMSConsumer consumer =
        jms.createConsumer(deadLetters, "JMSMessageID = '" + messageId + "'")) {
      Message message = consumer.receive(2_000);
      if (message == null) {
        throw new IllegalArgumentException("no dead letter " + messageId);
      }
      return message;
    }
  }

  private static DeadLetter describe(Message message) throws JMSException {
    return new DeadLetter(
        message.getJMSMessageID(),
        message.getStringProperty(UploadIntake.UPLOAD_ID),
        message.getStringProperty(UploadIntake.CREDIT_CODE),
        message.propertyExists(UploadIntake.ITEMS) ? message.getIntProperty(UploadIntake.ITEMS) : 0,
        Instant.ofEpochMilli(message.getJMSTimestamp()),
        message.propertyExists(UploadIntake.DEAD_LETTER_REASON)
            ? message.getStringProperty(UploadIntake.DEAD_LETTER_REASON)
            : "redelivery attempts exhausted");
  }
}
