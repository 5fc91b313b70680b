package cn.nhjc.province.platform.audit;

import cn.nhjc.province.platform.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.Principal;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The audit trail (安全审计): services record every sensitive action here, with the caller's account
 * and roles (from the EJB caller), the time, the request's source address ({@link AuditContext}),
 * the object and the outcome; auditors read and verify it. Platform administrators may neither read
 * it nor change it: nothing changes a record, and the reading methods are the auditor's alone
 * (三员分立).
 *
 * <p>A record is appended in a transaction of its own ({@link AuditStore#append}), so the record of
 * a refused or failed action survives the action's rollback. A service records its success as the
 * last step of its work; should the action's transaction then roll back all the same, a record
 * saying so follows. An action whose success cannot be recorded fails (the record is written before
 * the action's transaction commits, so its work is rolled back with it).
 *
 * <p>Usage in a service:
 *
 * <pre>{@code
 * try {
 *   ... the work ...
 * } catch (RuntimeException e) {
 *   audit.failed(AuditActions.KEY_ROTATE, "unit " + creditCode, e);
 *   throw e;
 * }
 * audit.record(AuditActions.KEY_ROTATE, "unit " + creditCode, Outcome.SUCCESS, null);
 * }</pre>
 */
@Stateless
@DeclareRoles({
  Roles.PROVINCE_OFFICIAL,
  Roles.CITY_OFFICIAL,
  Roles.SUPERVISOR,
  Roles.METROLOGY_OFFICER,
  Roles.ENTERPRISE_USER,
  Roles.PLATFORM_ADMIN,
  Roles.ENERGY_SUPPLIER,
  Roles.CITY_PLATFORM,
  Roles.AUDITOR
})
public class AuditTrail {
  private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

  /** The actor of a record made without a caller (a timer, the server itself). */
  static final String NO_CALLER = "anonymous";

  @Resource private SessionContext context;
  @Resource private TransactionSynchronizationRegistry transactions;

  @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
  private ManagedExecutorService executor;

  @EJB private AuditStore store;

  /**
   * Records an action of the current caller.
   *
   * @param action what was done ({@link AuditActions})
   * @param object what it was done to (a unit, a file, a job, …)
   * @param detail a short detail (counts, a reason); {@code null} for none
   * @throws jakarta.ejb.EJBException when the record cannot be written: the action must not go on
   *     unrecorded
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public void record(String action, String object, Outcome outcome, String detail) {
    AuditEntry entry = entry(action, object, outcome, detail);
    store.append(entry);
    if (outcome == Outcome.SUCCESS && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      transactions.registerInterposedSynchronization(new RollbackRecord(entry, store, executor));
    }
  }

  /**
   * Records an action of the current caller that threw {@code failure}: refused or failed as {@link
   * Outcome#of} decides, with {@link Outcome#describe} as the detail. Never throws: a record that
   * cannot be written is logged, and the caller goes on to throw its own failure.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void failed(String action, String object, Throwable failure) {
    try {
      store.append(entry(action, object, Outcome.of(failure), Outcome.describe(failure)));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "the audit record of a failed " + action + " could not be written", e);
    }
  }

  /**
   * Records a change of a platform setting ({@code platform_setting}) by the current caller: the
   * call a service that writes settings makes in the transaction that writes them.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public void settingChanged(String key, String before, String after) {
    record(AuditActions.SETTING_CHANGE, "setting " + key, Outcome.SUCCESS, before + " → " + after);
  }

  /**
   * Records a change of a dictionary (codes, coefficients, limit standards) by the current caller,
   * e.g. {@code dictionaryChanged("energy_coefficient", "3300 from 2027-01-01: 0.1229 → 0.1230")}.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public void dictionaryChanged(String dictionary, String change) {
    record(AuditActions.DICTIONARY_CHANGE, "dictionary " + dictionary, Outcome.SUCCESS, change);
  }

  /** A page of the records the query matches, newest first. For auditors only. */
  @RolesAllowed(Roles.AUDITOR)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public AuditPage find(AuditQuery query, int page, int size) {
    if (page < 0 || size < 1) {
      throw new IllegalArgumentException("page must be ≥ 0 and size ≥ 1");
    }
    return new AuditPage(store.count(query), page, size, store.find(query, page, size));
  }

  /** How many records the query matches. For auditors only. */
  @RolesAllowed(Roles.AUDITOR)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long count(AuditQuery query) {
    return store.count(query);
  }

  /**
   * Recomputes the whole chain ({@link AuditChain.Verifier}, streaming over the rows) and records
   * the verification with its result. For auditors only.
   */
  @RolesAllowed(Roles.AUDITOR)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ChainVerification verify() {
    ChainVerification result;
    try {
      result = store.verify();
    } catch (RuntimeException e) {
      failed(AuditActions.AUDIT_VERIFY, "audit trail", e);
      throw e;
    }
    record(
        AuditActions.AUDIT_VERIFY,
        "audit trail",
        Outcome.SUCCESS,
        result.valid()
            ? "valid, " + result.rows() + " rows"
            : "broken at " + result.firstBroken() + ": " + result.reason());
    return result;
  }

  private AuditEntry entry(String action, String object, Outcome outcome, String detail) {
    Principal caller = context.getCallerPrincipal();
    String roles =
        Roles.ALL.stream().filter(context::isCallerInRole).collect(Collectors.joining(","));
    return new AuditEntry(
        Instant.now(),
        caller == null ? NO_CALLER : caller.getName(),
        roles.isEmpty() ? null : roles,
        AuditContext.source(),
        action,
        object,
        outcome,
        detail,
        null);
  }

  /**
   * Follows a success with a failure record when the action's transaction rolls back after all (a
   * commit that failed, an outer service that threw). Written on another thread: the transaction
   * has ended.
   */
  private record RollbackRecord(
      AuditEntry success, AuditStore store, ManagedExecutorService executor)
      implements Synchronization {

    @Override
    public void beforeCompletion() {
      // nothing before: only the outcome matters
    }

    @Override
    public void afterCompletion(int status) {
      if (status == Status.STATUS_COMMITTED) {
        return;
      }
      AuditEntry rolledBack =
          new AuditEntry(
              Instant.now(),
              success.actor(),
              success.roles(),
              success.source(),
              success.action(),
              success.object(),
              Outcome.FAILED,
              "rolled back after the success recorded at " + success.at(),
              null);
      try {
        executor.execute(() -> append(rolledBack));
      } catch (RuntimeException e) {
        lost(rolledBack, e);
      }
    }

    private void append(AuditEntry entry) {
      try {
        store.append(entry);
      } catch (RuntimeException e) {
        lost(entry, e);
      }
    }

    private static void lost(AuditEntry entry, RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "the audit record of a rolled-back "
              + entry.action()
              + " on "
              + entry.object()
              + " is lost",
          e);
    }
  }
}
