package cn.nhjc.province.exchange.infrastructure;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.Queue;

/**
 * The live lane of the intake ({@link IntakeConsumer}): uploads with values of live days ({@code
 * data.live-days}). Its own queue and sessions, so that a backlog of catch-up (补传) in the intake
 * queue, however long and even when paged to disk, never delays what arrives now.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = JmsIntakeQueues.LIVE_QUEUE),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
    })
public class LiveIntakeConsumer extends IntakeConsumer {

  @Resource(lookup = JmsIntakeQueues.LIVE_QUEUE)
  private Queue queue;

  @Override
  protected Queue queue() {
    return queue;
  }

  @Override
  protected boolean isLive() {
    return true;
  }
}
