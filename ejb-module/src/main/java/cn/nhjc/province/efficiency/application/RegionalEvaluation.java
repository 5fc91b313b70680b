package cn.nhjc.province.efficiency.application;

import cn.nhjc.province.efficiency.domain.RegionScore;
import cn.nhjc.province.monitoring.application.statistics.Statistics;
import cn.nhjc.province.monitoring.domain.ElectricityConvention;
import cn.nhjc.province.monitoring.domain.PeriodType;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.platform.config.PlatformConfig;
import cn.nhjc.province.platform.config.PlatformSettings;
import cn.nhjc.province.platform.input.Quote;
import cn.nhjc.province.platform.security.CallerScope;
import cn.nhjc.province.platform.security.CurrentCaller;
import cn.nhjc.province.platform.security.RegionCodes;
import cn.nhjc.province.platform.security.Roles;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The regional evaluation (docs/efficiency.md, "Regional evaluation"): a score per city or county
 * of the caller's scope from the change of intensity, the grades of its units and their data
 * completeness, the ranking by it, and the watch-list (重点关注) of the regions and units that meet the
 * rules of the settings, each entry with its rule. Government roles only.
 */
@Stateless
@RolesAllowed({
  Roles.PROVINCE_OFFICIAL,
  Roles.CITY_OFFICIAL,
  Roles.SUPERVISOR,
  Roles.METROLOGY_OFFICER,
  Roles.PLATFORM_ADMIN
})
public class RegionalEvaluation {

  private static final int SHARE_SCALE = 4;

  /**
   * A region's score and its parts.
   *
   * @param intensity tce per 万元 of value added of the units that reported it
   * @param intensityChange against the same period a year before (ratio)
   * @param advancedShare share of the graded indicators at grade 1
   * @param overLimitShare share of the graded indicators past the limit value
   * @param completeShare share of the units with indicators whose data is complete
   * @param watch the rules that put the region on the watch-list
   */
  public record RegionEvaluation(
      int rank,
      String code,
      String name,
      BigDecimal score,
      BigDecimal intensity,
      BigDecimal intensityChange,
      int units,
      int graded,
      BigDecimal advancedShare,
      BigDecimal overLimitShare,
      BigDecimal completeShare,
      List<String> watch) {}

  /** A watch-list entry: a region or a unit, and the rule that put it there. */
  public record WatchEntry(
      String kind, String code, String name, String regionCode, String rule, String detail) {}

  /** The evaluation of one level of regions in a period. */
  public record Evaluation(
      String period,
      String level,
      String weights,
      String intensitySpan,
      List<RegionEvaluation> regions,
      List<WatchEntry> watchList) {}

  @PersistenceContext private EntityManager em;
  @EJB private CurrentCaller caller;
  @EJB private PlatformSettings settings;
  @Inject private PlatformConfig config;

  public Evaluation regions(String level, StatPeriod period) {
    Efficiency.requireNotDay(period);
    String wanted = level == null || level.isBlank() ? "city" : level.trim();
    String condition =
        switch (wanted) {
          case "city" -> "r.parent_code = ?1";
          case "county" -> "r.level = 'county'";
          default ->
              throw new IllegalArgumentException(
                  "level must be city or county: " + Quote.of(level));
        };
    CallerScope scope = caller.requireScope();
    String prefix = scope.regionPrefix(config.provinceCode());
    if (prefix == null) {
      throw new EJBAccessException("the caller's scope holds no region");
    }
    String weights = settings.text("efficiency.score.weights");
    String span = settings.text("efficiency.score.intensity-span");
    RegionScore scorer = RegionScore.of(weights, span);
    int risingQuarters = settings.integer("efficiency.watch.rising-quarters");
    int overLimitUnits = settings.integer("efficiency.watch.over-limit-units");
    boolean equal = Statistics.orSetting(null, settings) == ElectricityConvention.EQUAL_VALUE;

    Map<String, String> names = new LinkedHashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select r.code, r.name from region r where "
                    + condition
                    + " and r.code like ?2 || '%' and r.code <> ?1 and r.retired = false"
                    + " order by r.code")
            .setParameter(1, config.provinceCode())
            .setParameter(2, prefix)
            .getResultList()) {
      Object[] c = (Object[]) row;
      names.put((String) c[0], (String) c[1]);
    }
    String codes = String.join(",", names.keySet());
    Map<String, BigDecimal> now = intensities(codes, period, equal);
    Map<String, BigDecimal> before = intensities(codes, period.yearBefore(), equal);
    List<StatPeriod> quarters = new ArrayList<>();
    StatPeriod quarter =
        StatPeriod.containing(
            PeriodType.QUARTER, YearMonth.from(period.end().minusDays(1)).atDay(1));
    for (int i = 0; i <= Math.max(0, risingQuarters); i++) {
      quarters.add(0, quarter);
      quarter = quarter.previous();
    }
    List<Map<String, BigDecimal>> quarterly = new ArrayList<>();
    for (StatPeriod q : quarters) {
      quarterly.add(intensities(codes, q, equal));
    }

    // the units' grades and completeness per region (the region's own code is a prefix of theirs)
    Map<String, int[]> counts = new HashMap<>(); // units, complete, graded, grade1, overLimit
    Map<String, List<WatchEntry>> overLimit = new HashMap<>();
    Map<String, String> prefixes = new LinkedHashMap<>();
    for (String region : names.keySet()) {
      prefixes.put(region, RegionCodes.prefixOf(region));
    }
    for (Object row :
        em.createNativeQuery(
                """
                select u.credit_code, u.name, u.region_code, bool_and(i.complete),
                       count(i.grade), count(*) filter (where i.grade = '1'),
                       count(*) filter (where i.grade = 'over-limit'),
                       string_agg(case when i.grade = 'over-limit' then i.indicator end, ',')
                  from efficiency_unit_indicator i join key_unit u on u.id = i.unit_id
                 where i.period_type = ?1 and i.period_start = cast(?2 as date)
                   and u.region_code like ?3 || '%'
                 group by u.credit_code, u.name, u.region_code
                """)
            .setParameter(1, period.type().code())
            .setParameter(2, period.start().toString())
            .setParameter(3, prefix)
            .getResultList()) {
      Object[] c = (Object[]) row;
      String regionCode = (String) c[2];
      for (Map.Entry<String, String> held : prefixes.entrySet()) {
        if (!regionCode.startsWith(held.getValue())) {
          continue;
        }
        String region = held.getKey();
        int[] n = counts.computeIfAbsent(region, r -> new int[5]);
        n[0]++;
        n[1] += Boolean.TRUE.equals(c[3]) ? 1 : 0;
        n[2] += ((Number) c[4]).intValue();
        n[3] += ((Number) c[5]).intValue();
        n[4] += ((Number) c[6]).intValue();
        if (((Number) c[6]).intValue() > 0) {
          overLimit
              .computeIfAbsent(region, r -> new ArrayList<>())
              .add(
                  new WatchEntry(
                      "unit",
                      (String) c[0],
                      (String) c[1],
                      regionCode,
                      "over-limit",
                      (String) c[7]));
        }
      }
    }

    List<RegionEvaluation> evaluations = new ArrayList<>();
    List<WatchEntry> watchList = new ArrayList<>();
    for (Map.Entry<String, String> region : names.entrySet()) {
      String code = region.getKey();
      int[] n = counts.getOrDefault(code, new int[5]);
      BigDecimal change = Efficiency.yearOnYear(now.get(code), before.get(code));
      BigDecimal advanced = share(n[3], n[2]);
      BigDecimal past = share(n[4], n[2]);
      BigDecimal complete = share(n[1], n[0]);
      List<String> watch = new ArrayList<>();
      List<BigDecimal> series = new ArrayList<>();
      for (Map<String, BigDecimal> q : quarterly) {
        series.add(q.get(code));
      }
      if (RegionScore.risingFor(series, risingQuarters)) {
        watch.add("intensity-rising");
        watchList.add(
            new WatchEntry(
                "region",
                code,
                region.getValue(),
                code,
                "intensity-rising",
                quarters.get(quarters.size() - 1 - risingQuarters)
                    + " … "
                    + quarters.get(quarters.size() - 1)));
      }
      List<WatchEntry> units = overLimit.getOrDefault(code, List.of());
      if (overLimitUnits > 0 && units.size() >= overLimitUnits) {
        watch.add("units-over-limit");
        watchList.add(
            new WatchEntry(
                "region",
                code,
                region.getValue(),
                code,
                "units-over-limit",
                String.valueOf(units.size())));
        watchList.addAll(units);
      }
      evaluations.add(
          new RegionEvaluation(
              0,
              code,
              region.getValue(),
              scorer.score(change, advanced, past, complete),
              now.get(code),
              change,
              n[0],
              n[2],
              advanced,
              past,
              complete,
              watch));
    }
    evaluations.sort(
        Comparator.comparing(
                RegionEvaluation::score, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(RegionEvaluation::code));
    List<RegionEvaluation> ranked = new ArrayList<>();
    for (int i = 0; i < evaluations.size(); i++) {
      RegionEvaluation e = evaluations.get(i);
      ranked.add(
          new RegionEvaluation(
              e.score() == null ? 0 : i + 1,
              e.code(),
              e.name(),
              e.score(),
              e.intensity(),
              e.intensityChange(),
              e.units(),
              e.graded(),
              e.advancedShare(),
              e.overLimitShare(),
              e.completeShare(),
              e.watch()));
    }
    return new Evaluation(period.toString(), wanted, weights, span, ranked, watchList);
  }

  /** tce per 万元 of value added of the regions' units that reported it. */
  private Map<String, BigDecimal> intensities(String codes, StatPeriod period, boolean equal) {
    Map<String, BigDecimal> intensities = new HashMap<>();
    if (codes.isEmpty()) {
      return intensities;
    }
    for (Object row :
        em.createNativeQuery(
                "select code, "
                    + (equal ? "tce_equal" : "tce")
                    + ", amount from group_period_indicator where dim = 'R' and period_type = ?1"
                    + " and period_start = cast(?2 as date) and class_code = '09'"
                    + " and item_code = ?3 and code = any (string_to_array(?4, ','))")
            .setParameter(1, period.type().code())
            .setParameter(2, period.start().toString())
            .setParameter(3, settings.text("accounting.economic-value-added").trim())
            .setParameter(4, codes)
            .getResultList()) {
      Object[] c = (Object[]) row;
      BigDecimal amount = (BigDecimal) c[2];
      if (amount != null && amount.signum() > 0) {
        intensities.put(
            (String) c[0], ((BigDecimal) c[1]).divide(amount, SHARE_SCALE, RoundingMode.HALF_UP));
      }
    }
    return intensities;
  }

  static BigDecimal share(int part, int whole) {
    return whole == 0
        ? null
        : BigDecimal.valueOf(part)
            .divide(BigDecimal.valueOf(whole), SHARE_SCALE, RoundingMode.HALF_UP);
  }
}
