package cn.nhjc.province.exchange.application;

import cn.nhjc.province.platform.audit.AuditActions;
import cn.nhjc.province.platform.audit.AuditTrail;
import cn.nhjc.province.platform.audit.Outcome;
import cn.nhjc.province.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The intake's dead letters: uploads the consumers could not store after every redelivery. An
 * administrator sees them and replays one (back to the catch-up lane, as a new message; the intake
 * receipt still keeps it from being stored twice) or discards it. Replaying and discarding move the
 * message in this service's transaction, so it is never lost or doubled. Both are recorded in the
 * audit trail.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class DeadLetters {
  private static final int MAX_LISTED = 500;

  @Inject private IntakeQueues queues;
  @EJB private AuditTrail audit;

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
    audited(AuditActions.DEAD_LETTER_REPLAY, messageId, queues::replay);
  }

  /** Removes a dead letter for good (an upload that is known to be wrong). */
  public void discard(String messageId) {
    audited(AuditActions.DEAD_LETTER_DISCARD, messageId, queues::discard);
  }

  /** Does {@code work} on one dead letter and records it, or its failure, in the audit trail. */
  private void audited(String action, String messageId, Consumer<String> work) {
    String object = "dead letter " + messageId;
    try {
      work.accept(messageId);
    } catch (RuntimeException e) {
      audit.failed(action, object, e);
      throw e;
    }
    audit.record(action, object, Outcome.SUCCESS, null);
  }
}
