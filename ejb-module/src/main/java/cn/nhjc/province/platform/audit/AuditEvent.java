package cn.nhjc.province.platform.audit;

import jakarta.json.bind.annotation.JsonbNillable;
import java.io.Serializable;
import java.time.Instant;

/**
 * One row of the audit trail as stored: the record ({@link AuditEntry}'s fields, the outcome as its
 * code), its id (1, 2, 3, … without gaps) and its link in the chain: {@code hash} is {@link
 * AuditChain#hashOf} of the row, over {@code prevHash}, the hash of the row before (for the first
 * row {@link AuditChain#GENESIS}).
 *
 * <p>Null fields are written as null in JSON, so that every record has the same members.
 */
@JsonbNillable
public record AuditEvent(
    long id,
    Instant at,
    String actor,
    String roles,
    String source,
    String action,
    String object,
    String outcome,
    String detail,
    String externalId,
    String prevHash,
    String hash)
    implements Serializable {

  /** The row the entry becomes at {@code id} after {@code prevHash}, sealed with its hash. */
  public static AuditEvent sealed(long id, AuditEntry entry, String prevHash) {
    AuditEvent unsealed =
        new AuditEvent(
            id,
            entry.at(),
            entry.actor(),
            entry.roles(),
            entry.source(),
            entry.action(),
            entry.object(),
            entry.outcome().code(),
            entry.detail(),
            entry.externalId(),
            prevHash,
            null);
    return unsealed.withHash(AuditChain.hashOf(unsealed));
  }

  /** The same row with another hash. */
  public AuditEvent withHash(String newHash) {
    return new AuditEvent(
        id,
        at,
        actor,
        roles,
        source,
        action,
        object,
        outcome,
        detail,
        externalId,
        prevHash,
        newHash);
  }
}
