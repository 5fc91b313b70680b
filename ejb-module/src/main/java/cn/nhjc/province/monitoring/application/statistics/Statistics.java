package cn.nhjc.province.monitoring.application.statistics;

import cn.nhjc.province.monitoring.domain.ElectricityConvention;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.platform.config.PlatformConfig;
import cn.nhjc.province.platform.config.PlatformSettings;
import cn.nhjc.province.platform.input.Quote;
import cn.nhjc.province.platform.persistence.SqlTimes;
import cn.nhjc.province.platform.security.CallerScope;
import cn.nhjc.province.platform.security.CurrentCaller;
import cn.nhjc.province.platform.security.RegionCodes;
import cn.nhjc.province.platform.security.Roles;
import cn.nhjc.province.registry.application.UnitVisibility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GB/T 2589 figures of units, regions and industries for a day, month, quarter or year, read from
 * the rollups and scoped by the caller: a city official sees the city and what lies in it, an
 * enterprise only itself.
 */
@Stateless
@RolesAllowed({
  Roles.PROVINCE_OFFICIAL,
  Roles.CITY_OFFICIAL,
  Roles.SUPERVISOR,
  Roles.METROLOGY_OFFICER,
  Roles.PLATFORM_ADMIN
})
public class Statistics {

  private static final String REGION = "R";
  private static final String INDUSTRY = "I";
  private static final Set<String> INDUSTRY_LEVELS =
      Set.of("section", "division", "group", "class");

  @PersistenceContext private EntityManager em;
  @EJB private CurrentCaller caller;
  @EJB private PlatformSettings settings;
  @EJB private StatisticsReference reference;
  @Inject private PlatformConfig config;

  /** A unit's figures; 403 (access error) when the unit lies outside the caller's scope. */
  @RolesAllowed({
    Roles.PROVINCE_OFFICIAL,
    Roles.CITY_OFFICIAL,
    Roles.SUPERVISOR,
    Roles.METROLOGY_OFFICER,
    Roles.PLATFORM_ADMIN,
    Roles.ENTERPRISE_USER
  })
  public Figures unit(String creditCode, StatPeriod period, ElectricityConvention convention) {
    long unitId = UnitVisibility.requireVisible(em, caller.requireScope(), creditCode);
    Object[] unit =
        (Object[])
            em.createNativeQuery(
                    "select credit_code, name, region_code, industry_code from key_unit where id ="
                        + " ?1")
                .setParameter(1, unitId)
                .getSingleResult();
    List<FigureRows.Energy> energies = new ArrayList<>();
    for (Object row : query(StatisticsSql.UNIT_ENERGY, unitId, period)) {
      energies.add(energy((Object[]) row, 0));
    }
    List<FigureRows.Indicator> indicators = new ArrayList<>();
    for (Object row : query(StatisticsSql.UNIT_INDICATORS, unitId, period)) {
      indicators.add(indicator((Object[]) row, 0));
    }
    return assembler(convention)
        .assemble(
            new FiguresAssembler.Subject(
                "unit", (String) unit[0], (String) unit[1], (String) unit[2]),
            period,
            energies,
            indicators,
            null,
            closed(period));
  }

  /**
   * Every unit in the caller's scope, optionally narrowed to a region (a city or county code), with
   * the figures {@link #unit} gives each (the same rows, the same assembler), ordered by region and
   * credit code. Read in one statement per table for all the units, not one round trip per unit: a
   * province's 2,000 units cost the same four queries (units, energies, indicators, closing) as one
   * city's.
   *
   * @param regionCode {@code null} or a six-digit region code: only the units that lie in it (and
   *     in the scope; a region outside the scope gives no units)
   */
  public List<UnitFigures> units(
      StatPeriod period, ElectricityConvention convention, String regionCode) {
    String prefix = caller.requireScope().regionPrefix(config.provinceCode());
    if (prefix == null) {
      throw new EJBAccessException("the caller's scope holds no region");
    }
    boolean narrowing = regionCode != null && !regionCode.isBlank();
    if (narrowing) {
      // a region outside the scope is refused, as everywhere else, not answered as empty
      requireRegionInScope(regionCode.trim());
    }
    String narrowed = narrowing ? RegionCodes.prefixOf(regionCode.trim()) : prefix;
    Map<Long, List<FigureRows.Energy>> energies = new LinkedHashMap<>();
    for (Object row : scopeQuery(StatisticsSql.SCOPE_UNIT_ENERGY, prefix, narrowed, period)) {
      Object[] c = (Object[]) row;
      energies
          .computeIfAbsent(((Number) c[0]).longValue(), id -> new ArrayList<>())
          .add(energy(c, 1));
    }
    Map<Long, List<FigureRows.Indicator>> indicators = new LinkedHashMap<>();
    for (Object row : scopeQuery(StatisticsSql.SCOPE_UNIT_INDICATORS, prefix, narrowed, period)) {
      Object[] c = (Object[]) row;
      indicators
          .computeIfAbsent(((Number) c[0]).longValue(), id -> new ArrayList<>())
          .add(indicator(c, 1));
    }
    FiguresAssembler assembler = assembler(convention);
    boolean closed = closed(period);
    List<UnitFigures> units = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(StatisticsSql.SCOPE_UNITS)
            .setParameter(1, prefix)
            .setParameter(2, narrowed)
            .getResultList()) {
      Object[] c = (Object[]) row;
      long id = ((Number) c[0]).longValue();
      Figures figures =
          assembler.assemble(
              new FiguresAssembler.Subject("unit", (String) c[1], (String) c[2], (String) c[3]),
              period,
              energies.getOrDefault(id, List.of()),
              indicators.getOrDefault(id, List.of()),
              null,
              closed);
      units.add(
          new UnitFigures(figures, (String) c[3], (String) c[4], (String) c[5], (String) c[6]));
    }
    return units;
  }

  /**
   * The regions of one level in the caller's scope: {@code city} (the province's cities and the
   * county-level cities it administers directly) or {@code county}.
   */
  public List<Figures> regions(String level, StatPeriod period, ElectricityConvention convention) {
    CallerScope scope = caller.requireScope();
    String province = config.provinceCode();
    String prefix = scope.regionPrefix(province);
    String condition =
        switch (level == null ? "city" : level) {
          case "city" -> "r.parent_code = ?1";
          case "county" -> "r.level = 'county'";
          default ->
              throw new IllegalArgumentException(
                  "level must be city or county: " + Quote.of(level));
        };
    List<?> rows =
        em.createNativeQuery(
                "select r.code, r.name, r.level from region r where "
                    + condition
                    + " and r.code like ?2 || '%' and r.code <> ?1 and (r.retired = false or"
                    + " exists (select 1 from group_period_total t where t.dim = 'R' and t.code ="
                    + " r.code)) order by r.code")
            .setParameter(1, province)
            .setParameter(2, prefix)
            .getResultList();
    return groups(REGION, subjects("region", rows), period, null, convention);
  }

  /** One region: the province, or a city or county in the caller's scope. */
  public Figures region(String code, StatPeriod period, ElectricityConvention convention) {
    requireRegionInScope(code);
    List<?> rows =
        em.createNativeQuery("select code, name, level from region where code = ?1")
            .setParameter(1, code)
            .getResultList();
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no region " + Quote.of(code));
    }
    return groups(REGION, subjects("region", rows), period, null, convention).get(0);
  }

  /**
   * A region in the caller's scope first, then the regions one level below it: the province's
   * cities (and the county-level cities it administers directly), a city's counties; a county has
   * none. Retired regions appear while they hold figures. The same figures as {@link #region}, read
   * in one statement per table for all of them.
   */
  public List<Figures> regionWithChildren(
      String code, StatPeriod period, ElectricityConvention convention) {
    requireRegionInScope(code);
    List<?> rows =
        em.createNativeQuery(
                "select r.code, r.name, r.level from region r where r.code = ?1 union all"
                    + " (select r.code, r.name, r.level from region r where r.parent_code = ?1"
                    + " and (r.retired = false or exists (select 1 from group_period_total t"
                    + " where t.dim = 'R' and t.code = r.code)) order by r.code)")
            .setParameter(1, code)
            .getResultList();
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no region " + Quote.of(code));
    }
    return groups(REGION, subjects("region", rows), period, null, convention);
  }

  private void requireRegionInScope(String code) {
    CallerScope scope = caller.requireScope();
    String prefix = scope.regionPrefix(config.provinceCode());
    boolean inScope =
        scope.kind() == CallerScope.Kind.PROVINCE
            ? code.startsWith(prefix)
            : scope.kind() == CallerScope.Kind.CITY
                && RegionCodes.prefixOf(code).startsWith(prefix);
    if (!inScope) {
      throw new EJBAccessException("region " + Quote.of(code) + " is outside the caller's scope");
    }
  }

  /**
   * The industries of one GB/T 4754 level with figures in the period; for a city official, the
   * city's units only.
   */
  public List<Figures> industries(
      String level, StatPeriod period, ElectricityConvention convention) {
    String wanted = level == null ? "division" : level;
    if (!INDUSTRY_LEVELS.contains(wanted)) {
      throw new IllegalArgumentException(
          "level must be section, division, group or class: " + Quote.of(level));
    }
    List<?> rows =
        em.createNativeQuery(
                "select i.code, i.name, i.level from industry i where i.level = ?1 and exists"
                    + " (select 1 from group_period_total t where t.dim = 'I' and t.code ="
                    + " i.code and t.period_type = ?2 and t.period_start = cast(?3 as date))"
                    + " order by i.code")
            .setParameter(1, wanted)
            .setParameter(2, period.type().code())
            .setParameter(3, period.start().toString())
            .getResultList();
    return groups(INDUSTRY, subjects("industry", rows), period, cityPrefix(), convention).stream()
        .filter(figures -> figures.units() > 0)
        .toList();
  }

  public Figures industry(String code, StatPeriod period, ElectricityConvention convention) {
    List<?> rows =
        em.createNativeQuery("select code, name, level from industry where code = ?1")
            .setParameter(1, code)
            .getResultList();
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no industry " + Quote.of(code));
    }
    return groups(INDUSTRY, subjects("industry", rows), period, cityPrefix(), convention).get(0);
  }

  /** The region prefix that cuts province-wide groups for this caller; null for the province. */
  private String cityPrefix() {
    CallerScope scope = caller.requireScope();
    return scope.kind() == CallerScope.Kind.PROVINCE
        ? null
        : scope.regionPrefix(config.provinceCode());
  }

  private List<Figures> groups(
      String dim,
      List<FiguresAssembler.Subject> subjects,
      StatPeriod period,
      String cutPrefix,
      ElectricityConvention convention) {
    if (subjects.isEmpty()) {
      return List.of();
    }
    String codes = String.join(",", subjects.stream().map(FiguresAssembler.Subject::code).toList());
    boolean scoped = cutPrefix != null;
    Map<String, List<FigureRows.Energy>> energies = new LinkedHashMap<>();
    for (Object row :
        groupQuery(
            scoped ? StatisticsSql.SCOPED_ENERGY : StatisticsSql.GROUP_ENERGY,
            dim,
            period,
            codes,
            cutPrefix)) {
      Object[] columns = (Object[]) row;
      energies.computeIfAbsent((String) columns[0], c -> new ArrayList<>()).add(energy(columns, 1));
    }
    Map<String, FigureRows.Total> totals = new LinkedHashMap<>();
    for (Object row :
        groupQuery(
            scoped ? StatisticsSql.SCOPED_TOTALS : StatisticsSql.GROUP_TOTALS,
            dim,
            period,
            codes,
            cutPrefix)) {
      Object[] c = (Object[]) row;
      totals.put(
          (String) c[0],
          new FigureRows.Total(
              ((Number) c[1]).intValue(),
              (BigDecimal) c[2],
              (BigDecimal) c[3],
              SqlTimes.instant(c[4])));
    }
    Map<String, List<FigureRows.Indicator>> indicators = new LinkedHashMap<>();
    for (Object row :
        groupQuery(
            scoped ? StatisticsSql.SCOPED_INDICATORS : StatisticsSql.GROUP_INDICATORS,
            dim,
            period,
            codes,
            cutPrefix)) {
      Object[] columns = (Object[]) row;
      indicators
          .computeIfAbsent((String) columns[0], c -> new ArrayList<>())
          .add(indicator(columns, 1));
    }
    FiguresAssembler assembler = assembler(convention);
    boolean closed = closed(period);
    List<Figures> figures = new ArrayList<>();
    for (FiguresAssembler.Subject subject : subjects) {
      FigureRows.Total total =
          totals.getOrDefault(
              subject.code(), new FigureRows.Total(0, BigDecimal.ZERO, BigDecimal.ZERO, null));
      figures.add(
          assembler.assemble(
              subject,
              period,
              energies.getOrDefault(subject.code(), List.of()),
              indicators.getOrDefault(subject.code(), List.of()),
              total,
              closed));
    }
    return figures;
  }

  private List<?> groupQuery(
      String sql, String dim, StatPeriod period, String codes, String cutPrefix) {
    var query =
        em.createNativeQuery(sql)
            .setParameter(1, dim)
            .setParameter(2, period.type().code())
            .setParameter(3, period.start().toString())
            .setParameter(4, codes);
    if (cutPrefix != null) {
      query.setParameter(5, cutPrefix);
    }
    return query.getResultList();
  }

  private List<?> scopeQuery(String sql, String prefix, String narrowed, StatPeriod period) {
    return em.createNativeQuery(sql)
        .setParameter(1, prefix)
        .setParameter(2, narrowed)
        .setParameter(3, period.type().code())
        .setParameter(4, period.start().toString())
        .getResultList();
  }

  private List<?> query(String sql, long unitId, StatPeriod period) {
    return em.createNativeQuery(sql)
        .setParameter(1, unitId)
        .setParameter(2, period.type().code())
        .setParameter(3, period.start().toString())
        .getResultList();
  }

  /** Whether the statistics job has closed the period. */
  public boolean closed(StatPeriod period) {
    return !em.createNativeQuery(
            "select 1 from period_close where period_type = ?1 and period_start = cast(?2 as"
                + " date)")
        .setParameter(1, period.type().code())
        .setParameter(2, period.start().toString())
        .getResultList()
        .isEmpty();
  }

  /** The convention asked for, or the province's setting. */
  private FiguresAssembler assembler(ElectricityConvention convention) {
    return new FiguresAssembler(reference.reference(), orSetting(convention, settings));
  }

  /**
   * The convention asked for, or, when none is, the province's setting {@code
   * accounting.electricity-convention}: the one place the default is decided.
   */
  public static ElectricityConvention orSetting(
      ElectricityConvention convention, PlatformSettings settings) {
    return convention != null
        ? convention
        : ElectricityConvention.ofSetting(settings.text("accounting.electricity-convention"));
  }

  private static List<FiguresAssembler.Subject> subjects(String kind, List<?> rows) {
    List<FiguresAssembler.Subject> subjects = new ArrayList<>();
    for (Object row : rows) {
      Object[] c = (Object[]) row;
      subjects.add(new FiguresAssembler.Subject(kind, (String) c[0], (String) c[1], (String) c[2]));
    }
    return subjects;
  }

  private static FigureRows.Energy energy(Object[] c, int o) {
    return new FigureRows.Energy(
        (String) c[o],
        (String) c[o + 1],
        (String) c[o + 2],
        (String) c[o + 3],
        (BigDecimal) c[o + 4],
        (BigDecimal) c[o + 5],
        (BigDecimal) c[o + 6],
        (BigDecimal) c[o + 7],
        (BigDecimal) c[o + 8],
        (BigDecimal) c[o + 9],
        (BigDecimal) c[o + 10],
        (BigDecimal) c[o + 11],
        (String) c[o + 12],
        ((Number) c[o + 13]).intValue(),
        SqlTimes.instant(c[o + 14]));
  }

  private static FigureRows.Indicator indicator(Object[] c, int o) {
    return new FigureRows.Indicator(
        (String) c[o],
        (String) c[o + 1],
        (BigDecimal) c[o + 2],
        decimal(c[o + 3]),
        decimal(c[o + 4]),
        ((Number) c[o + 5]).intValue());
  }

  private static BigDecimal decimal(Object value) {
    return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
  }
}
