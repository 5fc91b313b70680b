package cn.nhjc.province.monitoring.application;

import cn.nhjc.province.platform.config.PlatformConfig;
import cn.nhjc.province.platform.security.CallerScope;
import cn.nhjc.province.platform.security.CurrentCaller;
import cn.nhjc.province.platform.security.Roles;
import cn.nhjc.province.registry.application.RegionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The province (or, for a city official, the city) overview by city for one month. */
@Stateless
@RolesAllowed({
  Roles.PROVINCE_OFFICIAL,
  Roles.CITY_OFFICIAL,
  Roles.SUPERVISOR,
  Roles.METROLOGY_OFFICER,
  Roles.PLATFORM_ADMIN
})
public class OverviewService {

  /**
   * Each unit's city: its region if that is a city, its region's parent for a county, and the
   * county itself when the province administers it directly.
   */
  private static final String BY_CITY =
      """
      with unit_city as (
        select u.id,
               case when r.level = 'city' then r.code
                    when r.parent_code = ?1 then r.code
                    else r.parent_code end as city_code
          from key_unit u join region r on r.code = u.region_code)
      select c.code, c.name, count(distinct uc.id),
             count(distinct e.unit_id), coalesce(sum(e.tce), 0)
        from region c
        left join unit_city uc on uc.city_code = c.code
        left join unit_period_energy e on e.unit_id = uc.id and e.period_type = 'M'
                                      and e.period_start = cast(?2 as date)
       where c.parent_code = ?1 and (c.level = 'city' or uc.id is not null)
         and (cast(?3 as varchar) is null or c.code = ?3)
       group by c.code, c.name
       order by c.code
      """;

  @PersistenceContext private EntityManager em;
  @EJB private CurrentCaller caller;
  @EJB private RegionService regions;
  @Inject private PlatformConfig config;

  public ProvinceOverview overview(YearMonth month) {
    CallerScope scope = caller.requireScope();
    String province = config.provinceCode();
    String onlyCity = scope.kind() == CallerScope.Kind.CITY ? scope.regionCode() : null;
    List<?> rows =
        em.createNativeQuery(BY_CITY)
            .setParameter(1, province)
            .setParameter(2, month.atDay(1).toString())
            .setParameter(3, onlyCity)
            .getResultList();
    List<CityOverviewRow> cities = new ArrayList<>();
    long units = 0;
    BigDecimal total = BigDecimal.ZERO;
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      BigDecimal tce = ((BigDecimal) columns[4]).setScale(2, RoundingMode.HALF_UP);
      long unitCount = ((Number) columns[2]).longValue();
      cities.add(
          new CityOverviewRow(
              (String) columns[0],
              (String) columns[1],
              unitCount,
              ((Number) columns[3]).longValue(),
              tce));
      units += unitCount;
      total = total.add(tce);
    }
    return new ProvinceOverview(
        province, regions.province().name(), month.toString(), cities, units, total);
  }
}
