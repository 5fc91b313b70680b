package cn.nhjc.province.registry.application;

import cn.nhjc.province.platform.config.PlatformConfig;
import cn.nhjc.province.platform.security.CallerScope;
import cn.nhjc.province.platform.security.CurrentCaller;
import cn.nhjc.province.platform.security.Roles;
import cn.nhjc.province.registry.domain.KeyUnit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/** The province's list of key units, as far as the caller's scope reaches. */
@Stateless
@RolesAllowed({
  Roles.PROVINCE_OFFICIAL,
  Roles.CITY_OFFICIAL,
  Roles.SUPERVISOR,
  Roles.METROLOGY_OFFICER,
  Roles.PLATFORM_ADMIN,
  Roles.ENTERPRISE_USER
})
public class UnitService {

  public static final int MAX_PAGE_SIZE = 500;

  @PersistenceContext private EntityManager em;
  @EJB private CurrentCaller caller;
  @Inject private PlatformConfig config;

  /**
   * Units in the caller's scope, optionally narrowed to a region (a code prefix is derived from it)
   * or an industry (code prefix), ordered by credit code.
   */
  public PageResult<UnitDto> find(String regionCode, String industryCode, int page, int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "page must be ≥ 0 and size between 1 and " + MAX_PAGE_SIZE);
    }
    CallerScope scope = caller.requireScope();
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (scope.kind() == CallerScope.Kind.ENTERPRISE) {
      where.append(" and u.creditCode = :creditCode");
    } else {
      where.append(" and u.region.code like :scopePrefix");
    }
    if (regionCode != null && !regionCode.isBlank()) {
      where.append(" and u.region.code like :regionPrefix");
    }
    if (industryCode != null && !industryCode.isBlank()) {
      where.append(" and u.industry.code like :industryPrefix");
    }
    TypedQuery<Long> count = em.createQuery("select count(u) from KeyUnit u" + where, Long.class);
    TypedQuery<KeyUnit> list =
        em.createQuery(
            "select u from KeyUnit u join fetch u.region join fetch u.industry"
                + where
                + " order by u.creditCode",
            KeyUnit.class);
    for (TypedQuery<?> query : java.util.List.of(count, list)) {
      if (scope.kind() == CallerScope.Kind.ENTERPRISE) {
        query.setParameter("creditCode", scope.creditCode());
      } else {
        query.setParameter("scopePrefix", scope.regionPrefix(config.provinceCode()) + "%");
      }
      if (regionCode != null && !regionCode.isBlank()) {
        query.setParameter(
            "regionPrefix",
            cn.nhjc.province.platform.security.RegionCodes.prefixOf(regionCode) + "%");
      }
      if (industryCode != null && !industryCode.isBlank()) {
        query.setParameter("industryPrefix", industryCode + "%");
      }
    }
    long total = count.getSingleResult();
    var items =
        list.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
            .map(UnitService::toDto)
            .toList();
    return new PageResult<>(total, page, size, items);
  }

  static UnitDto toDto(KeyUnit unit) {
    return new UnitDto(
        unit.getCreditCode(),
        unit.getName(),
        unit.getRegion().getCode(),
        unit.getRegion().getName(),
        unit.getIndustry().getCode(),
        unit.getIndustry().getName(),
        unit.getUnitLevel(),
        unit.getAnnualTce());
  }
}
