package cn.nhjc.province.platform.notice;

import cn.nhjc.province.platform.audit.AuditActions;
import cn.nhjc.province.platform.audit.AuditTrail;
import cn.nhjc.province.platform.audit.Outcome;
import cn.nhjc.province.platform.config.PlatformConfig;
import cn.nhjc.province.platform.security.CallerScope;
import cn.nhjc.province.platform.security.CallerScopes;
import cn.nhjc.province.platform.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Notices (通知): services send them (a timer of the platform, or an official's action), and each
 * recipient lists its own, reads and acknowledges them. Who sees and who may send is decided by
 * {@link NoticeAudience} from the caller's roles and scope, on the server.
 *
 * <p>A sender names the notice's source (its context and the object's id): while a notice of that
 * kind and source is open, sending it again stores nothing and returns the open one, so a daily job
 * may raise its notices every day. The sender closes it when its cause is gone ({@link #close}).
 *
 * <p>Reading is for the recipient roles named on the class; sending and closing are open to every
 * caller here and checked by {@link NoticeAudience}.
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
@RolesAllowed({
  Roles.PROVINCE_OFFICIAL,
  Roles.CITY_OFFICIAL,
  Roles.SUPERVISOR,
  Roles.METROLOGY_OFFICER,
  Roles.ENTERPRISE_USER,
  Roles.PLATFORM_ADMIN
})
public class Notices {

  /** The result of {@link #send}: the notice's id, and whether it is new. */
  public record Sent(long id, boolean created) {}

  @Resource private SessionContext context;
  @Inject private PlatformConfig config;
  @EJB private NoticeStore store;
  @EJB private AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  /**
   * Sends a notice, or finds the open one of its kind and source. For officials and the platform's
   * own timers; a service sending to a unit checks first that the unit lies in its caller's scope.
   *
   * @throws EJBAccessException when the caller may not send to the recipient
   * @throws IllegalArgumentException when the kind is not in the dictionary
   */
  @PermitAll
  public Sent send(NoticeDraft draft) {
    NoticeAudience caller = audience();
    if (!caller.maySend(draft.recipient())) {
      throw new EJBAccessException("the caller may not send this notice");
    }
    if (!store.kindExists(draft.kind())) {
      throw new IllegalArgumentException("unknown notice kind: " + draft.kind());
    }
    NoticeStore.Stored stored = store.insert(draft, actor(caller), clock.instant());
    if (stored.created() && !caller.isPlatform()) {
      // the platform's own notices are not recorded
      audit.record(
          AuditActions.NOTICE_SEND,
          draft.recipient().isUnit()
              ? "unit " + draft.recipient().unitCreditCode()
              : draft.recipient().role() + " " + draft.recipient().regionCode(),
          Outcome.SUCCESS,
          draft.kind() + " " + draft.sourceContext() + ":" + draft.sourceId());
    }
    return new Sent(stored.id(), stored.created());
  }

  /** Closes the open notice of a kind and source (its cause is gone); whether there was one. */
  @PermitAll
  public boolean close(String kind, String sourceContext, String sourceId) {
    NoticeAudience caller = mayClose();
    return store.close(kind, sourceContext, sourceId, actor(caller), clock.instant());
  }

  /** The source ids of the open notices of a kind that a context sent. */
  @PermitAll
  public Set<String> openSources(String kind, String sourceContext) {
    mayClose();
    return store.openSources(kind, sourceContext);
  }

  /** A page of the caller's notices, newest first; only the unread ones when asked. */
  public NoticePage mine(boolean unreadOnly, int page, int size) {
    if (page < 0 || size < 1 || size > 500) {
      throw new IllegalArgumentException("page must be ≥ 0 and size between 1 and 500");
    }
    NoticeAudience caller = recipient();
    return new NoticePage(
        store.count(caller, unreadOnly), page, size, store.find(caller, unreadOnly, page, size));
  }

  /** How many of the caller's notices are unread (the pages' badge). */
  public long unreadCount() {
    return store.count(recipient(), true);
  }

  /** One of the caller's notices; empty when there is none or it is not the caller's. */
  public Optional<Notice> get(long id) {
    return visible(recipient(), id);
  }

  /** Marks one of the caller's notices read; the notice as it is then, or empty as {@link #get}. */
  public Optional<Notice> markRead(long id) {
    return mark(id, false);
  }

  /** Acknowledges one of the caller's notices (and marks it read); empty as {@link #get}. */
  public Optional<Notice> acknowledge(long id) {
    return mark(id, true);
  }

  /** Who of the recipients read and acknowledged one of the caller's notices, and when. */
  public Optional<List<NoticeReceipt>> receipts(long id) {
    return get(id).map(notice -> store.receipts(notice.id()));
  }

  private Optional<Notice> mark(long id, boolean acknowledged) {
    NoticeAudience caller = recipient();
    if (visible(caller, id).isEmpty()) {
      return Optional.empty();
    }
    store.mark(id, caller.account(), acknowledged, clock.instant());
    return store.get(id, caller.account());
  }

  private Optional<Notice> visible(NoticeAudience caller, long id) {
    return store.get(id, caller.account()).filter(notice -> caller.sees(notice.recipient()));
  }

  /** The name a notice's sending or closing is stored under. */
  private static String actor(NoticeAudience caller) {
    return caller.isPlatform() ? "platform" : caller.account();
  }

  private NoticeAudience mayClose() {
    NoticeAudience caller = audience();
    if (!caller.isPlatform() && caller.officialRoles().isEmpty()) {
      throw new EJBAccessException("only officials and the platform close notices");
    }
    return caller;
  }

  private NoticeAudience recipient() {
    NoticeAudience caller = audience();
    if (caller.scope().kind() == CallerScope.Kind.NONE) {
      throw new EJBAccessException("the caller's account carries no region or enterprise scope");
    }
    return caller;
  }

  private NoticeAudience audience() {
    Principal principal = context.getCallerPrincipal();
    Set<String> roles =
        Roles.ALL.stream().filter(context::isCallerInRole).collect(Collectors.toSet());
    CallerScope scope = CallerScopes.of(principal, context::isCallerInRole);
    String prefix =
        switch (scope.kind()) {
          case PROVINCE, CITY -> scope.regionPrefix(config.provinceCode());
          default -> null;
        };
    return new NoticeAudience(principal == null ? null : principal.getName(), roles, scope, prefix);
  }
}
