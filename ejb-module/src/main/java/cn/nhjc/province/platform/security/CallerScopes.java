package cn.nhjc.province.platform.security;

import java.security.Principal;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.wildfly.security.http.oidc.OidcPrincipal;

/** Derives a caller's {@link CallerScope} from the roles and the claims of the OIDC token. */
public final class CallerScopes {
  private CallerScopes() {}

  public static CallerScope of(Principal principal, Predicate<String> inRole) {
    return of(inRole, claim -> claimOf(principal, claim));
  }

  static CallerScope of(Predicate<String> inRole, Function<String, Optional<String>> claims) {
    if (inRole.test(Roles.PROVINCE_OFFICIAL)
        || inRole.test(Roles.PLATFORM_ADMIN)
        || inRole.test(Roles.SUPERVISOR)
        || inRole.test(Roles.METROLOGY_OFFICER)) {
      return CallerScope.province();
    }
    if (inRole.test(Roles.CITY_OFFICIAL) || inRole.test(Roles.CITY_PLATFORM)) {
      return claims
          .apply(Roles.REGION_CLAIM)
          .filter(RegionCodes::isCity)
          .map(CallerScope::city)
          .orElse(CallerScope.none());
    }
    if (inRole.test(Roles.ENTERPRISE_USER)) {
      return claims
          .apply(Roles.CREDIT_CODE_CLAIM)
          .map(CallerScope::enterprise)
          .orElse(CallerScope.none());
    }
    if (inRole.test(Roles.ENERGY_SUPPLIER)) {
      return claims
          .apply(Roles.SUPPLIER_CODE_CLAIM)
          .map(CallerScope::supplier)
          .orElse(CallerScope.none());
    }
    return CallerScope.none();
  }

  private static Optional<String> claimOf(Principal principal, String claim) {
    if (principal instanceof OidcPrincipal<?> oidc
        && oidc.getOidcSecurityContext() != null
        && oidc.getOidcSecurityContext().getToken() != null) {
      return Optional.ofNullable(
              oidc.getOidcSecurityContext().getToken().getClaimValueAsString(claim))
          .filter(value -> !value.isBlank());
    }
    return Optional.empty();
  }
}
