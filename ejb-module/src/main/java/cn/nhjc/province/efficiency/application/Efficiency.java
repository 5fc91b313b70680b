package cn.nhjc.province.efficiency.application;

import cn.nhjc.province.efficiency.application.EfficiencyViews.Benchmark;
import cn.nhjc.province.efficiency.application.EfficiencyViews.Distribution;
import cn.nhjc.province.efficiency.application.EfficiencyViews.IndicatorFigure;
import cn.nhjc.province.efficiency.application.EfficiencyViews.OwnPosition;
import cn.nhjc.province.efficiency.application.EfficiencyViews.PeerUnit;
import cn.nhjc.province.efficiency.application.EfficiencyViews.PolicySummary;
import cn.nhjc.province.efficiency.application.EfficiencyViews.Trend;
import cn.nhjc.province.efficiency.application.EfficiencyViews.TrendPoint;
import cn.nhjc.province.efficiency.application.EfficiencyViews.UnitEfficiency;
import cn.nhjc.province.efficiency.domain.PolicyLevel;
import cn.nhjc.province.monitoring.domain.LimitGrade;
import cn.nhjc.province.monitoring.domain.PeriodType;
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
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's efficiency indicators and the benchmarks of products and industries, read from the rows
 * {@link EfficiencyRefresh} computed, in the caller's scope: a city official sees the units of the
 * city, an enterprise user its own unit and the anonymous distribution of its peers, never another
 * unit's name or value.
 */
@Stateless
@RolesAllowed({
  Roles.PROVINCE_OFFICIAL,
  Roles.CITY_OFFICIAL,
  Roles.SUPERVISOR,
  Roles.METROLOGY_OFFICER,
  Roles.PLATFORM_ADMIN,
  Roles.ENTERPRISE_USER
})
public class Efficiency {

  static final int TREND_MONTHS = 13;
  private static final int SHARE_SCALE = 4;

  @PersistenceContext private EntityManager em;
  @EJB private CurrentCaller caller;
  @EJB private PlatformSettings settings;
  @EJB private EfficiencyRefresh refresh;
  @Inject private PlatformConfig config;

  /** A unit's indicators for a month, quarter or year; 403 outside the caller's scope. */
  public UnitEfficiency unit(String creditCode, StatPeriod period) {
    requireNotDay(period);
    CallerScope scope = caller.requireScope();
    long unitId = UnitVisibility.requireVisible(em, scope, creditCode);
    Object[] unit =
        (Object[])
            em.createNativeQuery(
                    "select credit_code, name, region_code, industry_code from key_unit"
                        + " where id = ?1")
                .setParameter(1, unitId)
                .getSingleResult();
    IndicatorCatalogue catalogue = catalogue();
    Map<String, PolicyLevels> policy = refresh.policyLevels(edition());
    boolean hideValues = scope.kind() == CallerScope.Kind.ENTERPRISE;
    List<IndicatorFigure> indicators = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                """
                select i.indicator, i.kind, i.item_code, i.value, i.output, i.grade,
                       i.policy_level, i.saving_tce, i.complete, i.percentile, i.peers,
                       d.peer_group, d.peers, d.excluded, d.best, d.q1, d.median, d.q3, d.worst
                  from efficiency_unit_indicator i
                  left join efficiency_distribution d
                    on d.period_type = i.period_type and d.period_start = i.period_start
                   and d.peer_group = i.peer_group
                 where i.unit_id = ?1 and i.period_type = ?2 and i.period_start = cast(?3 as date)
                 order by i.kind, i.indicator
                """)
            .setParameter(1, unitId)
            .setParameter(2, period.type().code())
            .setParameter(3, period.start().toString())
            .getResultList()) {
      Object[] c = (Object[]) row;
      indicators.add(figure(c, catalogue, policy, hideValues));
    }
    List<?> computed =
        em.createNativeQuery(
                "select refreshed_at, convention from efficiency_period where period_type = ?1"
                    + " and period_start = cast(?2 as date)")
            .setParameter(1, period.type().code())
            .setParameter(2, period.start().toString())
            .getResultList();
    Object[] stamp = computed.isEmpty() ? null : (Object[]) computed.get(0);
    return new UnitEfficiency(
        (String) unit[0],
        (String) unit[1],
        (String) unit[2],
        (String) unit[3],
        period.toString(),
        stamp == null ? null : (String) stamp[1],
        stamp == null ? null : SqlTimes.instant(stamp[0]),
        indicators,
        trend(unitId, YearMonth.from(period.end().minusDays(1)), catalogue));
  }

  /**
   * The benchmarks of a product (each indicator that grades it) or of an intensity within a GB/T
   * 4754 class.
   *
   * @param product a product code of dictionary 10; or {@code null} and then {@code indicator}
   * @param indicator {@code intensity-output} or {@code intensity-value-added} (with {@code
   *     industry}), or a limit standard's code; {@code null} with a product
   * @param industry the GB/T 4754 class of an intensity's peers; for a product, an industry code
   *     (any level) that narrows the policy summary and the units listed
   * @param region a city or county in the caller's scope that narrows the policy summary and the
   *     units listed; {@code null}: the whole scope
   */
  public List<Benchmark> benchmark(
      String product, String indicator, String industry, StatPeriod period, String region) {
    requireNotDay(period);
    CallerScope scope = caller.requireScope();
    IndicatorCatalogue catalogue = catalogue();
    List<String> groups = new ArrayList<>();
    String wantedProduct = blank(product) ? null : product.trim();
    String wantedIndicator = blank(indicator) ? null : indicator.trim();
    String wantedIndustry = blank(industry) ? null : industry.trim();
    if (wantedProduct != null) {
      if (!catalogue.hasProduct(wantedProduct)) {
        throw new IllegalArgumentException("no product " + Quote.of(wantedProduct));
      }
      for (IndicatorCatalogue.Standard s : catalogue.standards().values()) {
        if (wantedProduct.equals(s.productCode())
            && (wantedIndicator == null || wantedIndicator.equals(s.code()))) {
          groups.add(s.code());
        }
      }
      if (groups.isEmpty() && wantedIndicator == null) {
        groups.add(EfficiencyCalculator.PRODUCT_PREFIX + wantedProduct);
      }
      groups.sort(String::compareTo);
    } else if (wantedIndicator != null && catalogue.standards().containsKey(wantedIndicator)) {
      groups.add(wantedIndicator);
    } else if (EfficiencyCalculator.INTENSITY_OUTPUT.equals(wantedIndicator)
        || EfficiencyCalculator.INTENSITY_VALUE_ADDED.equals(wantedIndicator)) {
      if (wantedIndustry == null || !wantedIndustry.matches("[A-T][0-9]{4}")) {
        throw new IllegalArgumentException(
            "an intensity's peers are a GB/T 4754 class: industry must be one, e.g. C3011: "
                + Quote.of(industry));
      }
      groups.add(wantedIndicator + ":" + wantedIndustry);
      wantedIndustry = null;
    } else {
      throw new IllegalArgumentException(
          "name a product (dictionary 10 code), or an indicator: a limit standard's code,"
              + " intensity-output or intensity-value-added: "
              + Quote.of(wantedIndicator));
    }
    String prefix = scopePrefix(scope, region);
    Map<String, PolicyLevels> policy = refresh.policyLevels(edition());
    List<Benchmark> benchmarks = new ArrayList<>();
    for (String group : groups) {
      benchmarks.add(benchmark(group, period, scope, prefix, wantedIndustry, catalogue, policy));
    }
    return benchmarks;
  }

  private Benchmark benchmark(
      String group,
      StatPeriod period,
      CallerScope scope,
      String prefix,
      String industry,
      IndicatorCatalogue catalogue,
      Map<String, PolicyLevels> policy) {
    boolean enterprise = scope.kind() == CallerScope.Kind.ENTERPRISE;
    List<?> dist =
        em.createNativeQuery(
                """
                select peer_group, peers, excluded, best, q1, median, q3, worst, indicator
                  from efficiency_distribution
                 where period_type = ?1 and period_start = cast(?2 as date) and peer_group = ?3
                """)
            .setParameter(1, period.type().code())
            .setParameter(2, period.start().toString())
            .setParameter(3, group)
            .getResultList();
    Distribution distribution =
        dist.isEmpty()
            ? new Distribution(group, 0, 0, null, null, null, null, null)
            : distribution((Object[]) dist.get(0), 0, enterprise);
    String indicator =
        group.contains(":") && !group.startsWith(EfficiencyCalculator.PRODUCT_PREFIX)
            ? group.substring(0, group.indexOf(':'))
            : group;
    List<PeerUnit> units = new ArrayList<>();
    OwnPosition own = null;
    String itemCode = null;
    List<Object[]> scoped = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                """
                select u.credit_code, u.name, u.region_code, i.value, i.output, i.grade,
                       i.policy_level, i.complete, i.percentile, i.item_code, u.industry_code
                  from efficiency_unit_indicator i join key_unit u on u.id = i.unit_id
                 where i.period_type = ?1 and i.period_start = cast(?2 as date)
                   and i.peer_group = ?3
                   and u.region_code like cast(?4 as varchar) || '%'
                   and u.industry_code like cast(?5 as varchar) || '%'
                 order by i.value, u.credit_code
                """)
            .setParameter(1, period.type().code())
            .setParameter(2, period.start().toString())
            .setParameter(3, group)
            .setParameter(4, prefix == null ? "" : prefix)
            .setParameter(5, industry == null ? "" : industry)
            .getResultList()) {
      Object[] c = (Object[]) row;
      itemCode = (String) c[9];
      if (enterprise) {
        if (c[0].equals(scope.creditCode())) {
          own =
              new OwnPosition(
                  (BigDecimal) c[3],
                  (String) c[5],
                  (String) c[6],
                  (Boolean) c[7],
                  (BigDecimal) c[8]);
        }
        continue;
      }
      scoped.add(c);
      units.add(
          new PeerUnit(
              (String) c[0],
              (String) c[1],
              (String) c[2],
              (BigDecimal) c[3],
              (BigDecimal) c[4],
              (String) c[5],
              (String) c[6],
              (Boolean) c[7],
              (BigDecimal) c[8]));
    }
    IndicatorCatalogue.Meta meta = catalogue.meta(indicator, itemCode);
    if (meta.standard() == null && group.startsWith(EfficiencyCalculator.PRODUCT_PREFIX)) {
      meta =
          catalogue.meta(indicator, group.substring(EfficiencyCalculator.PRODUCT_PREFIX.length()));
    }
    IndicatorCatalogue.Standard standard = meta.standard();
    PolicyLevels levels = policy.get(group);
    return new Benchmark(
        indicator,
        meta.name(),
        meta.unit(),
        period.toString(),
        standard == null ? null : standard.standard(),
        standard == null ? null : standard.limit(),
        standard == null ? null : standard.access(),
        standard == null ? null : standard.advanced(),
        distribution,
        levels == null || enterprise ? null : summary(levels, scoped),
        units,
        own);
  }

  /** A product of dictionary 10 that limit standards or outputs can be benchmarked by. */
  public record Product(String code, String name, String unit) {}

  /** The products of dictionary 10, by code. */
  public List<Product> products() {
    List<Product> products = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select code, name, coalesce(attributes ->> 'unit', '') from dictionary_entry"
                    + " where dictionary_no = 10 order by code")
            .getResultList()) {
      Object[] c = (Object[]) row;
      products.add(new Product((String) c[0], (String) c[1], (String) c[2]));
    }
    return products;
  }

  /** The codes of the limit standards (the indicators leader lists are made of). */
  public List<String> standards() {
    List<String> codes = new ArrayList<>();
    for (Object code :
        em.createNativeQuery(
                "select product_code from limit_standard where product_item_code is not null"
                    + " order by product_item_code, product_code")
            .getResultList()) {
      codes.add((String) code);
    }
    return codes;
  }

  /** Counts and shares of the listed units (and their output) at each policy level. */
  static PolicySummary summary(PolicyLevels levels, List<Object[]> rows) {
    int at = 0;
    int between = 0;
    int below = 0;
    int unplaced = 0;
    BigDecimal output = BigDecimal.ZERO;
    BigDecimal outputAt = BigDecimal.ZERO;
    BigDecimal outputBelow = BigDecimal.ZERO;
    for (Object[] c : rows) {
      BigDecimal o = c[4] == null ? BigDecimal.ZERO : (BigDecimal) c[4];
      output = output.add(o);
      String level = (String) c[6];
      if (PolicyLevel.BENCHMARK.code().equals(level)) {
        at++;
        outputAt = outputAt.add(o);
      } else if (PolicyLevel.BETWEEN.code().equals(level)) {
        between++;
      } else if (PolicyLevel.BELOW_BASELINE.code().equals(level)) {
        below++;
        outputBelow = outputBelow.add(o);
      } else {
        unplaced++;
      }
    }
    int n = rows.size();
    return new PolicySummary(
        levels.edition(),
        levels.document(),
        levels.source(),
        levels.benchmark(),
        levels.baseline(),
        levels.deadline(),
        n,
        at,
        between,
        below,
        unplaced,
        share(BigDecimal.valueOf(at), BigDecimal.valueOf(n)),
        share(BigDecimal.valueOf(below), BigDecimal.valueOf(n)),
        share(outputAt, output),
        share(outputBelow, output));
  }

  private static BigDecimal share(BigDecimal part, BigDecimal whole) {
    return whole.signum() <= 0 ? null : part.divide(whole, SHARE_SCALE, RoundingMode.HALF_UP);
  }

  private IndicatorFigure figure(
      Object[] c,
      IndicatorCatalogue catalogue,
      Map<String, PolicyLevels> policy,
      boolean hideValues) {
    String indicator = (String) c[0];
    IndicatorCatalogue.Meta meta = catalogue.meta(indicator, (String) c[2]);
    IndicatorCatalogue.Standard standard = meta.standard();
    BigDecimal value = (BigDecimal) c[3];
    String grade = (String) c[5];
    PolicyLevels levels = policy.get(indicator);
    String level = (String) c[6];
    return new IndicatorFigure(
        indicator,
        meta.name(),
        (String) c[1],
        (String) c[2],
        meta.unit(),
        value,
        (BigDecimal) c[4],
        meta.outputUnit(),
        standard == null ? null : standard.standard(),
        standard == null ? null : standard.limit(),
        standard == null ? null : standard.access(),
        standard == null ? null : standard.advanced(),
        grade,
        gradeLabel(grade),
        standard == null ? null : value.subtract(standard.advanced()),
        (BigDecimal) c[7],
        level,
        levelLabel(level),
        levels == null ? null : levels.benchmark(),
        levels == null ? null : levels.baseline(),
        levels == null ? null : levels.deadline(),
        (Boolean) c[8],
        (BigDecimal) c[9],
        c[10] == null ? null : ((Number) c[10]).intValue(),
        c[11] == null ? null : distribution(c, 11, hideValues));
  }

  private Distribution distribution(Object[] c, int o, boolean hideValues) {
    int peers = ((Number) c[o + 1]).intValue();
    boolean hidden = hideValues && peers < settings.integer("efficiency.min-peers-shown");
    return new Distribution(
        (String) c[o],
        peers,
        ((Number) c[o + 2]).intValue(),
        hidden ? null : (BigDecimal) c[o + 3],
        hidden ? null : (BigDecimal) c[o + 4],
        hidden ? null : (BigDecimal) c[o + 5],
        hidden ? null : (BigDecimal) c[o + 6],
        hidden ? null : (BigDecimal) c[o + 7]);
  }

  /** Each indicator's months up to {@code last}, with the month a year before. */
  private List<Trend> trend(long unitId, YearMonth last, IndicatorCatalogue catalogue) {
    YearMonth first = last.minusMonths(TREND_MONTHS - 1L + 12);
    Map<String, Map<YearMonth, BigDecimal>> values = new LinkedHashMap<>();
    Map<String, String> items = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                """
                select indicator, to_char(period_start, 'YYYY-MM'), value, item_code
                  from efficiency_unit_indicator
                 where unit_id = ?1 and period_type = 'M'
                   and period_start between cast(?2 as date) and cast(?3 as date)
                 order by indicator, period_start
                """)
            .setParameter(1, unitId)
            .setParameter(2, first.atDay(1).toString())
            .setParameter(3, last.atDay(1).toString())
            .getResultList()) {
      Object[] c = (Object[]) row;
      values
          .computeIfAbsent((String) c[0], i -> new HashMap<>())
          .put(YearMonth.parse((String) c[1]), (BigDecimal) c[2]);
      items.put((String) c[0], (String) c[3]);
    }
    List<Trend> trends = new ArrayList<>();
    values.forEach(
        (indicator, months) -> {
          List<TrendPoint> points = new ArrayList<>();
          for (int i = TREND_MONTHS - 1; i >= 0; i--) {
            YearMonth month = last.minusMonths(i);
            BigDecimal value = months.get(month);
            BigDecimal before = months.get(month.minusYears(1));
            points.add(new TrendPoint(month.toString(), value, before, yearOnYear(value, before)));
          }
          IndicatorCatalogue.Meta meta = catalogue.meta(indicator, items.get(indicator));
          trends.add(new Trend(indicator, meta.name(), meta.unit(), points));
        });
    return trends;
  }

  /**
   * The change against the same month a year before, as a ratio of the earlier value's magnitude (4
   * decimals); {@code null} when either is missing or the earlier one is 0.
   */
  static BigDecimal yearOnYear(BigDecimal value, BigDecimal before) {
    if (value == null || before == null || before.signum() == 0) {
      return null;
    }
    return value.subtract(before).divide(before.abs(), SHARE_SCALE, RoundingMode.HALF_UP);
  }

  /** The region prefix of the scope, narrowed to a region in it; {@code null} for an enterprise. */
  private String scopePrefix(CallerScope scope, String region) {
    if (scope.kind() == CallerScope.Kind.ENTERPRISE) {
      return null;
    }
    String prefix = scope.regionPrefix(config.provinceCode());
    if (prefix == null) {
      throw new EJBAccessException("the caller's scope holds no region");
    }
    if (blank(region)) {
      return prefix;
    }
    String code = region.trim();
    if (!code.matches("[0-9]{6}")) {
      throw new IllegalArgumentException("region must be a six-digit code: " + Quote.of(region));
    }
    if (!RegionCodes.prefixOf(code).startsWith(prefix)) {
      throw new EJBAccessException("region " + Quote.of(code) + " is outside the caller's scope");
    }
    return RegionCodes.prefixOf(code);
  }

  private IndicatorCatalogue catalogue() {
    Map<String, IndicatorCatalogue.Standard> standards = new LinkedHashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select product_code, product_name, standard, indicator, unit, grade1, grade2,"
                    + " grade3, product_item_code from limit_standard order by product_code")
            .getResultList()) {
      Object[] c = (Object[]) row;
      standards.put(
          (String) c[0],
          new IndicatorCatalogue.Standard(
              (String) c[0],
              (String) c[1],
              (String) c[2],
              (String) c[3],
              (String) c[4],
              (BigDecimal) c[5],
              (BigDecimal) c[6],
              (BigDecimal) c[7],
              (String) c[8]));
    }
    return new IndicatorCatalogue(standards, dictionary(10), dictionary(12));
  }

  private Map<String, IndicatorCatalogue.Item> dictionary(int number) {
    List<IndicatorCatalogue.Item> items = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select code, name, coalesce(attributes ->> 'unit', '') from dictionary_entry"
                    + " where dictionary_no = ?1")
            .setParameter(1, number)
            .getResultList()) {
      Object[] c = (Object[]) row;
      items.add(new IndicatorCatalogue.Item((String) c[0], (String) c[1], (String) c[2]));
    }
    return IndicatorCatalogue.map(items);
  }

  private String edition() {
    return settings.text("efficiency.policy-edition").trim();
  }

  static void requireNotDay(StatPeriod period) {
    if (period.type() == PeriodType.DAY) {
      throw new IllegalArgumentException(
          "efficiency is given per month (yyyy-MM), quarter (yyyy-Qn) or year (yyyy)");
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String gradeLabel(String code) {
    if (code == null) {
      return null;
    }
    for (LimitGrade g : LimitGrade.values()) {
      if (g.code().equals(code)) {
        return g.label();
      }
    }
    return code;
  }

  private static String levelLabel(String code) {
    if (code == null) {
      return null;
    }
    for (PolicyLevel l : PolicyLevel.values()) {
      if (l.code().equals(code)) {
        return l.label();
      }
    }
    return code;
  }
}
