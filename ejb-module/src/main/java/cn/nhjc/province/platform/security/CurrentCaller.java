package cn.nhjc.province.platform.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;

/**
 * The scope of the caller of the current EJB invocation. Services ask it instead of trusting any
 * scope passed in by a page or a request.
 */
@Stateless
@PermitAll
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
public class CurrentCaller {

  @Resource private SessionContext context;

  public CallerScope scope() {
    return CallerScopes.of(context.getCallerPrincipal(), context::isCallerInRole);
  }

  /** The scope, or an access error when the caller's token lacks the claim its role needs. */
  public CallerScope requireScope() {
    CallerScope scope = scope();
    if (scope.kind() == CallerScope.Kind.NONE) {
      throw new EJBAccessException(
          "the caller's account carries no region, enterprise or supplier scope");
    }
    return scope;
  }
}
