package cn.nhjc.province.exchange.application;

import cn.nhjc.province.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * The intake's dead letters: uploads the consumers could not store after every redelivery. An
 * administrator sees them and replays one (back to the catch-up lane, as a new message; the intake
 * receipt still keeps it from being stored twice) or discards it. Replaying and discarding move the
 * message in this service's transaction, so it is never lost or doubled.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class DeadLetters {
  private static final int MAX_LISTED = 500;

  @Inject private IntakeQueues queues;

  /** A dead letter as the admin page and the API list it. */
  public record DeadLetter(
      String messageId,
      String uploadId,
      String creditCode,
      int items,
      Instant queuedAt,
      String reason) {}

  public List<DeadLetter> list() {
    return queues.deadLetters(MAX_LISTED);
  }

  /** Sends a dead letter back to the intake queue. */
  public void replay(String messageId) {
    queues.replay(messageId);
  }

  /** Removes a dead letter for good (an upload that is known to be wrong). */
  public void discard(String messageId) {
    queues.discard(messageId);
  }
}
