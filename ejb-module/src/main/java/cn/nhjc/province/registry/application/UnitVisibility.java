package cn.nhjc.province.registry.application;

import cn.nhjc.province.platform.input.Quote;
import cn.nhjc.province.platform.security.CallerScope;
import cn.nhjc.province.platform.security.RegionCodes;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Whether a unit lies in a caller's scope; services ask before they show anything of a unit. */
public final class UnitVisibility {
  private UnitVisibility() {}

  /**
   * @return the unit's id
   * @throws EJBAccessException when the unit lies outside the scope, also when it does not exist,
   *     so that nobody can probe the list with credit codes
   */
  public static long requireVisible(EntityManager em, CallerScope scope, String creditCode) {
    List<?> rows =
        em.createNativeQuery("select id, region_code from key_unit where credit_code = ?1")
            .setParameter(1, creditCode)
            .getResultList();
    if (!rows.isEmpty()) {
      Object[] row = (Object[]) rows.get(0);
      boolean visible =
          switch (scope.kind()) {
            case PROVINCE -> true;
            case CITY -> ((String) row[1]).startsWith(RegionCodes.prefixOf(scope.regionCode()));
            case ENTERPRISE -> creditCode.equals(scope.creditCode());
            case SUPPLIER, NONE -> false;
          };
      if (visible) {
        return ((Number) row[0]).longValue();
      }
    }
    throw new EJBAccessException("unit " + Quote.of(creditCode) + " is outside the caller's scope");
  }
}
