package cn.nhjc.province.exchange.application;

import java.time.Instant;
import java.util.Optional;

/**
 * What the message broker knows of a queue: how many messages wait, how many are being delivered or
 * wait for a redelivery, and the age of the oldest. Read by the intake lanes' page and health
 * check, the backpressure and the metrics. Implemented in infrastructure.
 */
public interface BrokerQueues {

  /** A queue as the broker counts it. */
  record QueueState(
      long messages, long delivering, long scheduled, long oldestAgeMillis, long added) {}

  /**
   * The state of the queue with the given name ({@code LiveIntake}, {@code UploadIntake}, …).
   *
   * @return empty when the broker does not expose the queue
   */
  Optional<QueueState> state(String queue);

  /**
   * When the oldest message of the queue that is not yet acknowledged was sent: one waiting, one
   * being delivered (a consumer holds it, prefetched or in its transaction) or one waiting for its
   * redelivery. Read now, not from a cached state.
   *
   * @return empty when no message of the queue is unacknowledged
   * @throws IllegalStateException when the broker does not expose the queue
   */
  Optional<Instant> oldestUnacknowledged(String queue);
}
