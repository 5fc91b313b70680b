package cn.nhjc.province.metrology.application;

import cn.nhjc.province.metrology.domain.Compliance;
import cn.nhjc.province.metrology.domain.ComplianceReport;
import cn.nhjc.province.metrology.domain.GbRules;
import cn.nhjc.province.metrology.domain.MeterFacts;
import cn.nhjc.province.metrology.domain.MeteringPoint;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.platform.config.PlatformConfig;
import cn.nhjc.province.platform.config.PlatformSettings;
import cn.nhjc.province.platform.input.Quote;
import cn.nhjc.province.platform.notice.NoticeDraft;
import cn.nhjc.province.platform.notice.NoticeRecipient;
import cn.nhjc.province.platform.notice.NoticeSeverity;
import cn.nhjc.province.platform.notice.Notices;
import cn.nhjc.province.platform.security.CallerScope;
import cn.nhjc.province.platform.security.CurrentCaller;
import cn.nhjc.province.platform.security.Roles;
import cn.nhjc.province.registry.application.UnitVisibility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * GB 17167 compliance: a unit's report (its own enterprise users and the government roles in
 * scope), the government summary by city, county or industry (计量器具配备情况汇总) with its drill-down to
 * the units, and a metrology officer's notice to a unit.
 */
@Stateless
@RolesAllowed({
  Roles.PROVINCE_OFFICIAL,
  Roles.CITY_OFFICIAL,
  Roles.SUPERVISOR,
  Roles.METROLOGY_OFFICER,
  Roles.PLATFORM_ADMIN
})
public class MetrologyCompliance {

  /** The source context of the notices metrology sends. */
  public static final String CONTEXT = "metrology";

  @PersistenceContext private EntityManager em;
  @EJB private CurrentCaller caller;
  @EJB private Notices notices;
  @EJB private PlatformSettings settings;
  @Inject private PlatformConfig config;

  /**
   * The day a period is assessed at: its last day, or today while it runs (or when none is given).
   */
  public static LocalDate asOf(StatPeriod period) {
    LocalDate today = MeterRegistry.today();
    if (period == null) {
      return today;
    }
    LocalDate last = period.end().minusDays(1);
    return last.isBefore(today) ? last : today;
  }

  /** A unit's compliance report at a day. */
  @RolesAllowed({
    Roles.PROVINCE_OFFICIAL,
    Roles.CITY_OFFICIAL,
    Roles.SUPERVISOR,
    Roles.METROLOGY_OFFICER,
    Roles.PLATFORM_ADMIN,
    Roles.ENTERPRISE_USER
  })
  public UnitCompliance unitReport(String creditCode, LocalDate asOf) {
    long unitId = UnitVisibility.requireVisible(em, caller.requireScope(), creditCode);
    UnitInfo unit = units("u.id = ?1", unitId).get(0);
    Map<Long, List<MeteringPoint>> points = MeterRows.pointsOfUnits(em, "u.id = ?1", unitId);
    Map<Long, List<MeterFacts>> meters = MeterRows.factsOfUnits(em, "u.id = ?1", unitId);
    ComplianceReport report =
        Compliance.assess(
            points.getOrDefault(unitId, List.of()),
            meters.getOrDefault(unitId, List.of()),
            MeterRows.rules(em),
            asOf,
            settings.integer(MeterRows.DUE_WINDOW_SETTING));
    return unit.with(report);
  }

  /**
   * The summary of the caller's scope by city, county or industry (division), at a day.
   *
   * @throws IllegalArgumentException for another level
   */
  public List<SummaryRow> summary(String level, LocalDate asOf) {
    Function<UnitInfo, String[]> key = groupKey(level);
    Map<String, Acc> groups = new LinkedHashMap<>();
    for (Assessed a : assessAll(asOf)) {
      String[] group = key.apply(a.unit);
      groups.computeIfAbsent(group[0], k -> new Acc(group[0], group[1])).add(a);
    }
    return groups.values().stream()
        .sorted(Comparator.comparing(acc -> acc.code))
        .map(Acc::row)
        .toList();
  }

  /**
   * The units of one line of the summary (a city, county or industry code), worst first.
   *
   * @throws jakarta.ejb.EJBAccessException for a city or county outside the caller's scope
   */
  public List<UnitSummary> units(String level, String code, LocalDate asOf) {
    Function<UnitInfo, String[]> key = groupKey(level);
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("a city, county or industry code is required");
    }
    if (!"industry".equals(level == null ? "city" : level.strip())) {
      String prefix = caller.requireScope().regionPrefix(config.provinceCode());
      if (prefix == null || !code.strip().startsWith(prefix)) {
        throw new jakarta.ejb.EJBAccessException(
            "region " + Quote.of(code) + " is outside the caller's scope");
      }
    }
    return assessAll(asOf).stream()
        .filter(a -> key.apply(a.unit)[0].equals(code.strip()))
        .map(Assessed::summary)
        .sorted(
            Comparator.comparing((UnitSummary u) -> u.verdict().ordinal())
                .reversed()
                .thenComparing(UnitSummary::creditCode))
        .toList();
  }

  /** The summary as an XLSX workbook. */
  public byte[] summaryXlsx(String level, LocalDate asOf) {
    return MetrologyXlsx.summary(level, asOf, summary(level, asOf), Instant.now());
  }

  /**
   * Sends a metrology notice (kind {@code metrology}) to a unit in the caller's scope. For
   * metrology officers.
   *
   * @return the notice's id
   */
  @RolesAllowed(Roles.METROLOGY_OFFICER)
  public long raiseNotice(String creditCode, String title, String body) {
    UnitVisibility.requireVisible(em, caller.requireScope(), creditCode);
    return notices
        .send(
            new NoticeDraft(
                "metrology",
                NoticeSeverity.WARNING,
                title,
                body,
                CONTEXT,
                "unit:" + creditCode + ":" + System.currentTimeMillis(),
                NoticeRecipient.unit(creditCode)))
        .id();
  }

  private List<Assessed> assessAll(LocalDate asOf) {
    CallerScope scope = caller.requireScope();
    if (scope.kind() != CallerScope.Kind.PROVINCE && scope.kind() != CallerScope.Kind.CITY) {
      throw new jakarta.ejb.EJBAccessException("the summary is the government's");
    }
    String prefix = scope.regionPrefix(config.provinceCode());
    String like = prefix + "%";
    List<UnitInfo> units = units("u.region_code like ?1", like);
    Map<Long, List<MeteringPoint>> points =
        MeterRows.pointsOfUnits(em, "u.region_code like ?1", like);
    Map<Long, List<MeterFacts>> meters = MeterRows.factsOfUnits(em, "u.region_code like ?1", like);
    GbRules rules = MeterRows.rules(em);
    int window = settings.integer(MeterRows.DUE_WINDOW_SETTING);
    List<Assessed> assessed = new ArrayList<>(units.size());
    for (UnitInfo unit : units) {
      List<MeterFacts> own = meters.getOrDefault(unit.id, List.of());
      ComplianceReport report =
          Compliance.assess(points.getOrDefault(unit.id, List.of()), own, rules, asOf, window);
      int assessable =
          (int)
              own.stream()
                  .filter(MeterFacts::inService)
                  .filter(
                      m ->
                          rules
                              .accuracyFor(m.meterKind(), m.energyTypeCode(), m.level())
                              .isPresent())
                  .count();
      assessed.add(new Assessed(unit, report, assessable));
    }
    return assessed;
  }

  private Function<UnitInfo, String[]> groupKey(String level) {
    String chosen = level == null || level.isBlank() ? "city" : level.strip();
    return switch (chosen) {
      case "city" -> u -> new String[] {u.cityCode, u.cityName};
      case "county" -> u -> new String[] {u.regionCode, u.regionName};
      case "industry" -> u -> new String[] {u.divisionCode, u.divisionName};
      default ->
          throw new IllegalArgumentException(
              "level must be city, county or industry: " + Quote.of(level));
    };
  }

  /** The units matching a condition on {@code key_unit u}, with their region and industry. */
  private List<UnitInfo> units(String where, Object parameter) {
    List<UnitInfo> units = new ArrayList<>();
    for (Object o :
        em.createNativeQuery(
                "select u.id, u.credit_code, u.name, u.region_code, r.name,"
                    + " substring(u.region_code, 1, 4) || '00', coalesce(c.name, r.name),"
                    + " u.industry_code, i.name, substring(u.industry_code, 1, 3),"
                    + " coalesce(d.name, i.name)"
                    + " from key_unit u join region r on r.code = u.region_code"
                    + " left join region c on c.code = substring(u.region_code, 1, 4) || '00'"
                    + " join industry i on i.code = u.industry_code"
                    + " left join industry d on d.code = substring(u.industry_code, 1, 3)"
                    + " where "
                    + where
                    + " order by u.credit_code")
            .setParameter(1, parameter)
            .getResultList()) {
      Object[] r = (Object[]) o;
      units.add(
          new UnitInfo(
              ((Number) r[0]).longValue(),
              (String) r[1],
              (String) r[2],
              (String) r[3],
              (String) r[4],
              (String) r[5],
              (String) r[6],
              (String) r[7],
              (String) r[8],
              (String) r[9],
              (String) r[10]));
    }
    return units;
  }

  private record UnitInfo(
      long id,
      String creditCode,
      String name,
      String regionCode,
      String regionName,
      String cityCode,
      String cityName,
      String industryCode,
      String industryName,
      String divisionCode,
      String divisionName) {
    UnitCompliance with(ComplianceReport report) {
      return new UnitCompliance(
          creditCode, name, regionCode, regionName, industryCode, industryName, report);
    }
  }

  private record Assessed(UnitInfo unit, ComplianceReport report, int accuracyAssessed) {
    UnitSummary summary() {
      return new UnitSummary(
          unit.creditCode,
          unit.name,
          unit.regionName,
          unit.industryName,
          report.metersInService(),
          report.belowAccuracy().size(),
          report.expired().size(),
          report.expiring().size(),
          report.verdict(),
          report.reasons());
    }
  }

  /** The sums of one summary line. */
  private static final class Acc {
    final String code;
    final String name;
    int units;
    int withoutRegistry;
    int compliant;
    int nonCompliant;
    int inService;
    final int[] required = new int[4];
    final int[] configured = new int[4];
    int assessed;
    int below;
    int expired;
    int expiring;

    Acc(String code, String name) {
      this.code = code;
      this.name = name;
    }

    void add(Assessed a) {
      ComplianceReport r = a.report;
      units++;
      switch (r.verdict()) {
        case NO_REGISTRY -> withoutRegistry++;
        case COMPLIANT -> compliant++;
        case NON_COMPLIANT -> nonCompliant++;
      }
      inService += r.metersInService();
      for (ComplianceReport.RateLine line : r.rates()) {
        required[line.level()] += line.required();
        configured[line.level()] += line.configured();
      }
      assessed += a.accuracyAssessed;
      below += r.belowAccuracy().size();
      expired += r.expired().size();
      expiring += r.expiring().size();
    }

    SummaryRow row() {
      return new SummaryRow(
          code,
          name,
          units,
          withoutRegistry,
          compliant,
          nonCompliant,
          inService,
          rate(1),
          rate(2),
          rate(3),
          assessed,
          below,
          assessed == 0 ? null : Compliance.rate(assessed - below, assessed),
          expired,
          expiring);
    }

    private BigDecimal rate(int level) {
      return required[level] == 0 ? null : Compliance.rate(configured[level], required[level]);
    }
  }
}
