package cn.nhjc.province.monitoring.application.overview;

import cn.nhjc.province.monitoring.application.statistics.Figures;
import cn.nhjc.province.monitoring.application.statistics.Statistics;
import cn.nhjc.province.monitoring.domain.ElectricityConvention;
import cn.nhjc.province.monitoring.domain.PeriodType;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.platform.config.PlatformConfig;
import cn.nhjc.province.platform.config.PlatformSettings;
import cn.nhjc.province.platform.security.CallerScope;
import cn.nhjc.province.platform.security.CurrentCaller;
import cn.nhjc.province.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Energy monitoring of the government portal (Part 9 §4.2.1): the overview of a region and the
 * rankings of the regions below it, from the rollups only. A province official sees the province
 * and any region in it; a city official only the own city and its counties (403 otherwise).
 */
@Stateless
@RolesAllowed({
  Roles.PROVINCE_OFFICIAL,
  Roles.CITY_OFFICIAL,
  Roles.SUPERVISOR,
  Roles.METROLOGY_OFFICER,
  Roles.PLATFORM_ADMIN
})
public class EnergyMonitoring {

  /** Data points received and expected per region, from the units' data-quality index. */
  private static final String COMPLETENESS =
      """
      select m.code, coalesce(sum(q.received), 0), coalesce(sum(q.expected), 0)
        from unit_membership m
        join data_quality q on q.unit_id = m.unit_id
       where m.dim = 'R' and m.code = any (cast(string_to_array(?1, ',') as varchar[]))
         and q.period_type = ?2 and q.period_start >= cast(?3 as date)
         and q.period_start < cast(?4 as date)
       group by m.code
      """;

  private static final String LISTED =
      """
      select m.code, count(*) from unit_membership m
       where m.dim = 'R' and m.code = any (cast(string_to_array(?1, ',') as varchar[]))
       group by m.code
      """;

  @PersistenceContext private EntityManager em;
  @EJB private Statistics statistics;
  @EJB private CurrentCaller caller;
  @EJB private PlatformSettings settings;
  @Inject private PlatformConfig config;

  /**
   * The overview of a region for a period.
   *
   * @param regionCode {@code null}: the caller's own region (the province, or the city)
   * @param period {@code 2026-10}, {@code 2026-10-05}, {@code 2026-Q4} or {@code 2026}
   * @param convention {@code equivalent}, {@code equal-value} or {@code null} for the setting
   */
  public Overview overview(String regionCode, StatPeriod period, ElectricityConvention convention) {
    String code = regionOrOwn(regionCode);
    List<Figures> now = statistics.regionWithChildren(code, period, convention);
    Map<String, Figures> lastYear = byCode(code, period.yearBefore(), convention);
    Map<String, Figures> previous = byCode(code, period.previous(), convention);
    Figures region = now.get(0);
    List<Figures> children = now.subList(1, now.size());
    Set<String> codes = codes(now);
    Map<String, OverviewAssembler.Completeness> completeness = completeness(codes, period);
    OverviewAssembler assembler = assembler();
    OverviewAssembler.Completeness own = completeness.get(code);
    return new Overview(
        region.code(),
        region.name(),
        region.level(),
        childLevel(region.level()),
        period.toString(),
        period.yearBefore().toString(),
        period.previous().toString(),
        region.electricityConvention(),
        region.electricityConventionLabel(),
        region.units(),
        assembler.keyFigures(region, lastYear.get(code), previous.get(code)),
        region.mix(),
        region.energies(),
        own == null ? null : own.percent(),
        assembler.subRegions(children, lastYear, previous, completeness, listed(codes)),
        region.closed(),
        region.computedAt());
  }

  /**
   * The regions below a region ranked by a measure.
   *
   * @param by one of {@link OverviewAssembler#MEASURES}; {@code null}: total
   * @param order {@code desc} (default) or {@code asc}
   */
  public Ranking rankings(
      String regionCode,
      StatPeriod period,
      ElectricityConvention convention,
      String by,
      String order) {
    String measure = by == null || by.isBlank() ? "total" : by;
    String direction = order == null || order.isBlank() ? "desc" : order;
    // checked before the figures are read: a wrong parameter costs nothing
    OverviewAssembler.rank(List.of(), measure, direction);
    Overview overview = overview(regionCode, period, convention);
    return new Ranking(
        overview.regionCode(),
        overview.regionName(),
        overview.level(),
        overview.period(),
        overview.electricityConvention(),
        measure,
        direction,
        OverviewAssembler.rank(overview.subRegions(), measure, direction));
  }

  /** The caller's own region: the province's code, or the city official's city. */
  public String ownRegion() {
    CallerScope scope = caller.requireScope();
    return switch (scope.kind()) {
      case PROVINCE -> config.provinceCode();
      case CITY -> scope.regionCode();
      default -> throw new EJBAccessException("the caller's scope holds no region");
    };
  }

  private String regionOrOwn(String regionCode) {
    return regionCode == null || regionCode.isBlank() ? ownRegion() : regionCode.trim();
  }

  private Map<String, Figures> byCode(
      String code, StatPeriod period, ElectricityConvention convention) {
    return statistics.regionWithChildren(code, period, convention).stream()
        .collect(Collectors.toMap(Figures::code, Function.identity()));
  }

  private static Set<String> codes(List<Figures> figures) {
    Set<String> codes = new LinkedHashSet<>();
    figures.forEach(f -> codes.add(f.code()));
    return codes;
  }

  private static String childLevel(String level) {
    return switch (level) {
      case "province" -> "city";
      case "city" -> "county";
      default -> null;
    };
  }

  /**
   * Received ÷ expected over the days (a day's period) or the months (a month, quarter or year) of
   * the period that the statistics job has assessed.
   */
  private Map<String, OverviewAssembler.Completeness> completeness(
      Set<String> codes, StatPeriod period) {
    PeriodType assessed = period.type() == PeriodType.DAY ? PeriodType.DAY : PeriodType.MONTH;
    Map<String, OverviewAssembler.Completeness> completeness = new HashMap<>();
    for (Object row :
        em.createNativeQuery(COMPLETENESS)
            .setParameter(1, String.join(",", codes))
            .setParameter(2, assessed.code())
            .setParameter(3, period.start().toString())
            .setParameter(4, period.end().toString())
            .getResultList()) {
      Object[] c = (Object[]) row;
      completeness.put(
          (String) c[0],
          new OverviewAssembler.Completeness(
              ((Number) c[1]).longValue(), ((Number) c[2]).longValue()));
    }
    return completeness;
  }

  private Map<String, Integer> listed(Set<String> codes) {
    Map<String, Integer> listed = new HashMap<>();
    for (Object row :
        em.createNativeQuery(LISTED).setParameter(1, String.join(",", codes)).getResultList()) {
      Object[] c = (Object[]) row;
      listed.put((String) c[0], ((Number) c[1]).intValue());
    }
    return listed;
  }

  private OverviewAssembler assembler() {
    return new OverviewAssembler(
        settings.text("accounting.electricity-energy-type"),
        set(settings.text("accounting.raw-coal-types")),
        set(settings.text("accounting.natural-gas-types")));
  }

  private static Set<String> set(String list) {
    return Arrays.stream(list.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }
}
