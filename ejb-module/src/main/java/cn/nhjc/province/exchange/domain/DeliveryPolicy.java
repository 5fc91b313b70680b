package cn.nhjc.province.exchange.domain;

/**
 * What the intake does with a delivery whose storing failed. The storing commits before the
 * messages are acknowledged, so handing a message back to the broker is always safe: a later
 * delivery finds the receipt of what was stored.
 *
 * <ul>
 *   <li>While the database is away nothing can be stored, so no upload is blamed: the delivery goes
 *       back to the broker however often, and the lane resumes by itself when the database does.
 *   <li>A batch of several uploads goes back whole; each upload then comes back alone, so one bad
 *       upload cannot hold good ones.
 *   <li>An upload delivered alone that fails for a reason of its own (its locks not obtained within
 *       the lock timeout, a constraint, …) goes back until its {@code maxDeliveries}-th delivery
 *       fails; then it is set aside in the dead letters with the reason, and the lane goes on.
 * </ul>
 *
 * @param maxDeliveries deliveries of one upload before it is set aside (at least 1)
 */
public record DeliveryPolicy(int maxDeliveries) {

  public DeliveryPolicy {
    if (maxDeliveries < 1) {
      throw new IllegalArgumentException("at least one delivery: " + maxDeliveries);
    }
  }

  /** The decision on a failed delivery. */
  public enum Outcome {
    /** Roll back: the broker delivers the messages again after its redelivery delay. */
    REDELIVER,
    /** Move the one message to the dead letters with the failure's reason. */
    SET_ASIDE
  }

  /**
   * Decides on a delivery that failed.
   *
   * @param messages how many uploads the delivery held
   * @param deliveryCount the broker's count of deliveries of the (first) message, this one included
   * @param databaseReachable whether the database answered after the failure
   */
  public Outcome onFailure(int messages, int deliveryCount, boolean databaseReachable) {
    if (!databaseReachable || messages > 1 || deliveryCount < maxDeliveries) {
      return Outcome.REDELIVER;
    }
    return Outcome.SET_ASIDE;
  }
}
