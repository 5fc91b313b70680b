package cn.nhjc.province.exchange.infrastructure;

import cn.nhjc.province.exchange.domain.UploadBatchCodec;
import cn.nhjc.province.monitoring.application.ReadingIntakeService;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/**
 * Stores each upload taken from the intake queue in the same XA transaction that acknowledges the
 * message. A failure rolls both back; after the configured redeliveries the broker moves the
 * message to the dead-letter queue.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = "java:/jms/queue/UploadIntake"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
    })
public class UploadIntakeConsumer implements MessageListener {

  @EJB private ReadingIntakeService intake;

  @Override
  public void onMessage(Message message) {
    if (!(message instanceof TextMessage text)) {
      throw new IllegalArgumentException("intake message is not text: " + message);
    }
    try {
      intake.store(UploadBatchCodec.decode(text.getText()));
    } catch (JMSException e) {
      throw new IllegalStateException("could not read intake message", e);
    }
  }
}
