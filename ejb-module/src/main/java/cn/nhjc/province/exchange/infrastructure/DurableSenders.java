package cn.nhjc.province.exchange.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;

/**
 * Sessions of the embedded broker kept open for the front-end processor's sends, each with its
 * producer. A send borrows one, sends a persistent message outside any transaction (a blocking
 * durable send: it returns once the broker has journalled the message) and gives the session back.
 *
 * <p>Not the container's pooled factory ({@code java:/JmsXA}): it gives every upload a session
 * handle from the connector's pool and creates and closes a producer on it, three more packets
 * through the broker's in-VM connector and as many thread hand-offs per upload (measured
 * 2026-12-06, docs/benchmarks.md "What we tried"). Sends that belong to a transaction (a replay
 * from the dead-letter queue) use the pooled factory.
 */
@ApplicationScoped
public class DurableSenders {

  /** The broker's in-VM connection factory: not pooled, not enlisted in transactions. */
  @Resource(lookup = "java:/ConnectionFactory")
  private ConnectionFactory factory;

  private final ConcurrentLinkedDeque<Sender> idle = new ConcurrentLinkedDeque<>();

  private record Sender(JMSContext session, JMSProducer producer) {}

  /**
   * Sends a persistent message and returns once the broker holds it.
   *
   * @param message builds the message on the borrowed session
   * @throws JMSRuntimeException if the broker did not take it; the session is closed then
   */
  public void send(Queue queue, Function<JMSContext, Message> message) {
    Sender sender = idle.pollFirst();
    if (sender == null) {
      JMSContext session = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
      sender =
          new Sender(session, session.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT));
    }
    try {
      sender.producer().send(queue, message.apply(sender.session()));
    } catch (RuntimeException e) {
      close(sender);
      throw e;
    }
    idle.offerFirst(sender);
  }

  @PreDestroy
  void closeAll() {
    for (Sender sender = idle.pollFirst(); sender != null; sender = idle.pollFirst()) {
      close(sender);
    }
  }

  private static void close(Sender sender) {
    try {
      sender.session().close();
    } catch (RuntimeException e) {
      // the session is given up either way
    }
  }
}
