package cn.nhjc.province.platform.notice;

import cn.nhjc.province.platform.security.CallerScope;
import java.util.List;
import java.util.Set;

/**
 * Who sees and who may send a notice: the pure rules {@link Notices} applies to its caller.
 *
 * <ul>
 *   <li>A unit's notice is seen by the enterprise users of that unit.
 *   <li>An officials' notice (role, region) is seen by the callers holding that role whose region
 *       and the notice's region lie one within the other: a notice to the city officials of the
 *       province (130000) reaches every city's officials, a notice about a county (130203) reaches
 *       the officials of its city (1302) and of the province.
 *   <li>A notice is sent by an official ({@link NoticeRecipient#OFFICIAL_ROLES}) or by the platform
 *       itself (a timer: no caller, no role). An official with a city's scope sends to officials
 *       within the city only; that a unit lies in the sender's scope is checked by the sending
 *       service, which knows the unit's region.
 * </ul>
 *
 * @param account the caller's account name
 * @param roles the caller's realm roles
 * @param scope the caller's scope
 * @param scopePrefix the region prefix of a regional scope ({@link CallerScope#regionPrefix});
 *     {@code null} otherwise
 */
public record NoticeAudience(
    String account, Set<String> roles, CallerScope scope, String scopePrefix) {

  /** The account name the container gives a call without a caller (a timer). */
  public static final String NO_CALLER = "anonymous";

  public NoticeAudience {
    roles = Set.copyOf(roles);
  }

  /** The platform itself: a timer or a startup task, without a caller. */
  public boolean isPlatform() {
    return roles.isEmpty() && (account == null || NO_CALLER.equals(account));
  }

  /** The officials' roles of the caller, in the order of {@link NoticeRecipient#OFFICIAL_ROLES}. */
  public List<String> officialRoles() {
    return NoticeRecipient.OFFICIAL_ROLES.stream().filter(roles::contains).toList();
  }

  /** Whether the caller may send a notice to this recipient (see the class comment). */
  public boolean maySend(NoticeRecipient recipient) {
    if (isPlatform()) {
      return true;
    }
    if (officialRoles().isEmpty() || scopePrefix == null) {
      return false;
    }
    return recipient.isUnit() || recipient.regionPrefix().startsWith(scopePrefix);
  }

  /** Whether the caller is one of the notice's recipients. */
  public boolean sees(NoticeRecipient recipient) {
    if (recipient.isUnit()) {
      return scope.kind() == CallerScope.Kind.ENTERPRISE
          && recipient.unitCreditCode().equals(scope.creditCode());
    }
    return scopePrefix != null
        && roles.contains(recipient.role())
        && overlaps(scopePrefix, recipient.regionPrefix());
  }

  /** Whether two region prefixes lie one within the other. */
  static boolean overlaps(String prefix, String other) {
    return prefix.startsWith(other) || other.startsWith(prefix);
  }
}
