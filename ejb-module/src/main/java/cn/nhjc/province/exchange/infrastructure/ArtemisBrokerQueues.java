package cn.nhjc.province.exchange.infrastructure;

import cn.nhjc.province.exchange.application.BrokerQueues;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * {@link BrokerQueues} of the embedded Artemis broker, read from its management beans ({@code
 * jmx-management-enabled}, configure-20-messaging.cli). Each queue is read at most once a second
 * ({@link RecentReading}), whoever asks: the metrics' gauges, the lanes' page and health check, the
 * backpressure.
 */
@ApplicationScoped
public class ArtemisBrokerQueues implements BrokerQueues {

  /** How long one reading of a queue serves. */
  static final Duration READING_PERIOD = Duration.ofSeconds(1);

  private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
  private final Map<String, RecentReading<QueueState>> readings = new ConcurrentHashMap<>();

  /** Empty also when management is off. */
  @Override
  public Optional<QueueState> state(String queue) {
    return readings
        .computeIfAbsent(
            queue,
            name ->
                new RecentReading<>(
                    "queue " + name, () -> readNow(name), READING_PERIOD, System::nanoTime))
        .get();
  }

  /**
   * {@inheritDoc}
   *
   * <p>A message moves between waiting, delivered and scheduled while it is read (delivered, given
   * back, rescheduled); each is read twice, in the order a message moves, so that one moving during
   * the reading is still seen.
   */
  @Override
  public Optional<Instant> oldestUnacknowledged(String queue) {
    try {
      ObjectName name = find(queue);
      if (name == null) {
        throw new IllegalStateException("the broker does not expose the queue " + queue);
      }
      long oldest = Long.MAX_VALUE;
      for (int pass = 0; pass < 2; pass++) {
        oldest =
            Math.min(oldest, number(server.getAttribute(name, "FirstMessageTimestamp"), oldest));
        Object delivering = server.invoke(name, "listDeliveringMessages", null, null);
        if (delivering instanceof Map<?, ?> byConsumer) {
          for (Object messages : byConsumer.values()) {
            oldest = Math.min(oldest, oldestTimestamp(messages));
          }
        }
        oldest =
            Math.min(
                oldest, oldestTimestamp(server.invoke(name, "listScheduledMessages", null, null)));
      }
      return oldest == Long.MAX_VALUE
          ? Optional.empty()
          : Optional.of(Instant.ofEpochMilli(oldest));
    } catch (JMException e) {
      throw new IllegalStateException("the broker did not answer for the queue " + queue, e);
    }
  }

  private static long oldestTimestamp(Object messages) {
    long oldest = Long.MAX_VALUE;
    if (messages instanceof Map<?, ?>[] list) {
      for (Map<?, ?> message : list) {
        oldest = Math.min(oldest, number(message.get("timestamp"), oldest));
      }
    }
    return oldest;
  }

  private static long number(Object value, long absent) {
    return value instanceof Number number ? number.longValue() : absent;
  }

  private Optional<QueueState> readNow(String queue) {
    try {
      ObjectName name = find(queue);
      if (name == null) {
        return Optional.empty();
      }
      Object age = server.getAttribute(name, "FirstMessageAge");
      return Optional.of(
          new QueueState(
              number(server.getAttribute(name, "MessageCount")),
              number(server.getAttribute(name, "DeliveringCount")),
              number(server.getAttribute(name, "ScheduledCount")),
              age == null ? 0 : number(age),
              number(server.getAttribute(name, "MessagesAdded"))));
    } catch (JMException e) {
      return Optional.empty();
    }
  }

  private ObjectName find(String queue) throws JMException {
    for (ObjectName name :
        server.queryNames(
            new ObjectName("org.apache.activemq.artemis:component=addresses,subcomponent=queues,*"),
            null)) {
      String candidate = ObjectName.unquote(name.getKeyProperty("queue"));
      if (candidate.equals(queue) || candidate.equals("jms.queue." + queue)) {
        return name;
      }
    }
    return null;
  }

  private static long number(Object value) {
    return value instanceof Number number ? number.longValue() : 0;
  }
}
