package cn.nhjc.province.registry.application;

import cn.nhjc.province.platform.config.PlatformConfig;
import cn.nhjc.province.platform.security.CallerScope;
import cn.nhjc.province.platform.security.CurrentCaller;
import cn.nhjc.province.platform.security.RegionCodes;
import cn.nhjc.province.platform.security.Roles;
import cn.nhjc.province.registry.domain.KeyUnit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
   * Units in the caller's scope, optionally narrowed to a region (its code prefix) or an industry
   * (code prefix), ordered by credit code, with the number of all matching units.
   */
  public PageResult<UnitDto> find(String regionCode, String industryCode, int page, int size) {
    Filter filter = filter(regionCode, industryCode);
    return new PageResult<>(count(filter), page, size, list(filter, page, size));
  }

  /** The number of units {@link #find} would page through. */
  public long count(String regionCode, String industryCode) {
    return count(filter(regionCode, industryCode));
  }

  /** One page of {@link #find} without the count, for pages that ask for the count separately. */
  public List<UnitDto> list(String regionCode, String industryCode, int page, int size) {
    return list(filter(regionCode, industryCode), page, size);
  }

  private long count(Filter filter) {
    return filter
        .bind(em.createQuery("select count(u) from KeyUnit u" + filter.where, Long.class))
        .getSingleResult();
  }

  private List<UnitDto> list(Filter filter, int page, int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "page must be ≥ 0 and size between 1 and " + MAX_PAGE_SIZE);
    }
    String jpql =
        "select u from KeyUnit u join fetch u.region join fetch u.industry"
            + filter.where
            + " order by u.creditCode";
    return filter
        .bind(em.createQuery(jpql, KeyUnit.class))
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList()
        .stream()
        .map(UnitService::toDto)
        .toList();
  }

  /** The caller's scope and the requested narrowing, as a JPQL condition with its parameters. */
  private Filter filter(String regionCode, String industryCode) {
    CallerScope scope = caller.requireScope();
    Map<String, Object> parameters = new LinkedHashMap<>();
    StringBuilder where = new StringBuilder(" where ");
    if (scope.kind() == CallerScope.Kind.ENTERPRISE) {
      where.append("u.creditCode = :creditCode");
      parameters.put("creditCode", scope.creditCode());
    } else {
      where.append("u.region.code like :scopePrefix");
      parameters.put("scopePrefix", scope.regionPrefix(config.provinceCode()) + "%");
    }
    if (regionCode != null && !regionCode.isBlank()) {
      where.append(" and u.region.code like :regionPrefix");
      parameters.put("regionPrefix", RegionCodes.prefixOf(regionCode.trim()) + "%");
    }
    if (industryCode != null && !industryCode.isBlank()) {
      where.append(" and u.industry.code like :industryPrefix");
      parameters.put("industryPrefix", industryCode.trim() + "%");
    }
    return new Filter(where.toString(), parameters);
  }

  private record Filter(String where, Map<String, Object> parameters) {
    <T> TypedQuery<T> bind(TypedQuery<T> query) {
      parameters.forEach(query::setParameter);
      return query;
    }
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
