package cn.nhjc.province.exchange.infrastructure;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.Queue;

/**
 * The catch-up lane of the intake ({@link IntakeConsumer}): uploads of days that are no longer
 * live, eight sessions (while one waits for its commit's WAL flush, others store) storing batches
 * of up to {@value IntakeConsumer#MAX_MESSAGES} uploads.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = JmsIntakeQueues.QUEUE),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")
    })
public class UploadIntakeConsumer extends IntakeConsumer {

  @Resource(lookup = JmsIntakeQueues.QUEUE)
  private Queue queue;

  @Override
  protected Queue queue() {
    return queue;
  }

  @Override
  protected boolean isLive() {
    return false;
  }
}
