package cn.nhjc.province.monitoring.application.reports;

import cn.nhjc.province.monitoring.application.statistics.Figures;
import cn.nhjc.province.monitoring.application.statistics.Statistics;
import cn.nhjc.province.monitoring.application.statistics.UnitFigures;
import cn.nhjc.province.monitoring.domain.ElectricityConvention;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.platform.audit.AuditActions;
import cn.nhjc.province.platform.audit.AuditTrail;
import cn.nhjc.province.platform.audit.Outcome;
import cn.nhjc.province.platform.config.PlatformConfig;
import cn.nhjc.province.platform.config.PlatformSettings;
import cn.nhjc.province.platform.input.Quote;
import cn.nhjc.province.platform.security.CallerScope;
import cn.nhjc.province.platform.security.CurrentCaller;
import cn.nhjc.province.platform.security.RegionCodes;
import cn.nhjc.province.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The statistics reports of the government portal (能耗统计表) as XLSX: the figures {@link Statistics}
 * gives the caller — so a city official's report holds only the city — written by {@link
 * XlsxReport} with the period, the electricity convention and the snapshot they come from. The same
 * snapshot gives the same numbers. Every report handed out (or refused) is recorded in the audit
 * trail.
 */
@Stateless
@RolesAllowed({
  Roles.PROVINCE_OFFICIAL,
  Roles.CITY_OFFICIAL,
  Roles.SUPERVISOR,
  Roles.METROLOGY_OFFICER,
  Roles.PLATFORM_ADMIN
})
public class StatisticsReports {

  private static final Map<String, String> REGION_LEVELS =
      Map.of("city", "各市", "county", "各县（市、区）");
  private static final Map<String, String> INDUSTRY_LEVELS =
      Map.of(
          "section", "各行业（门类）",
          "division", "各行业（大类）",
          "group", "各行业（中类）",
          "class", "各行业（小类）");

  @PersistenceContext private EntityManager em;
  @EJB private Statistics statistics;
  @EJB private CurrentCaller caller;
  @EJB private PlatformSettings settings;
  @Inject private PlatformConfig config;
  @EJB private AuditTrail audit;

  /**
   * The regions of one level in the caller's scope ({@link Statistics#regions}).
   *
   * @param level {@code city} (default) or {@code county}
   */
  public byte[] regions(String level, StatPeriod period, ElectricityConvention convention) {
    return exported(
        reportObject("regions", "level", level, period, convention),
        () -> regionsReport(level, period, convention));
  }

  private byte[] regionsReport(String level, StatPeriod period, ElectricityConvention convention) {
    ElectricityConvention chosen = convention(convention);
    String wanted = level == null || level.isBlank() ? "city" : level.trim();
    if (!REGION_LEVELS.containsKey(wanted)) {
      throw new IllegalArgumentException("level must be city or county: " + Quote.of(level));
    }
    List<Figures> figures = statistics.regions(wanted, period, chosen);
    CallerScope scope = caller.requireScope();
    // a city official's "cities" are the one city: the title names it alone
    String what =
        scope.kind() == CallerScope.Kind.CITY && "city".equals(wanted)
            ? null
            : REGION_LEVELS.get(wanted);
    return XlsxReport.groups(
        XlsxReport.Kind.REGIONS,
        header(title(scopeName(scope), what, period), period, chosen, figures),
        figures);
  }

  /**
   * The industries of one GB/T 4754 level with units ({@link Statistics#industries}); for a city
   * official, of the city's units only.
   *
   * @param level {@code section}, {@code division} (default), {@code group} or {@code class}
   */
  public byte[] industries(String level, StatPeriod period, ElectricityConvention convention) {
    return exported(
        reportObject("industries", "level", level, period, convention),
        () -> industriesReport(level, period, convention));
  }

  private byte[] industriesReport(
      String level, StatPeriod period, ElectricityConvention convention) {
    ElectricityConvention chosen = convention(convention);
    String wanted = level == null || level.isBlank() ? "division" : level.trim();
    if (!INDUSTRY_LEVELS.containsKey(wanted)) {
      throw new IllegalArgumentException(
          "level must be section, division, group or class: " + Quote.of(level));
    }
    List<Figures> figures = statistics.industries(wanted, period, chosen);
    return XlsxReport.groups(
        XlsxReport.Kind.INDUSTRIES,
        header(
            title(scopeName(caller.requireScope()), INDUSTRY_LEVELS.get(wanted), period),
            period,
            chosen,
            figures),
        figures);
  }

  /**
   * Every unit in the caller's scope with its figures ({@link Statistics#units}: all units read in
   * one statement per table, not one call of {@link Statistics#unit} per unit).
   *
   * @param regionCode {@code null}, or a city or county code that narrows the list
   */
  public byte[] units(StatPeriod period, ElectricityConvention convention, String regionCode) {
    return exported(
        reportObject("units", "region", regionCode, period, convention),
        () -> unitsReport(period, convention, regionCode));
  }

  private byte[] unitsReport(
      StatPeriod period, ElectricityConvention convention, String regionCode) {
    ElectricityConvention chosen = convention(convention);
    boolean narrowed = regionCode != null && !regionCode.isBlank();
    if (narrowed) {
      RegionCodes.prefixOf(regionCode.trim()); // a bad code is the caller's error (400)
    }
    List<UnitFigures> units = statistics.units(period, chosen, narrowed ? regionCode.trim() : null);
    String where = narrowed ? regionName(regionCode.trim()) : scopeName(caller.requireScope());
    List<Figures> figures = units.stream().map(UnitFigures::figures).toList();
    return XlsxReport.units(header(title(where, "重点用能单位", period), period, chosen, figures), units);
  }

  /**
   * Makes a report and records it in the audit trail with the workbook's size, or records why it
   * was refused.
   */
  private byte[] exported(String object, Supplier<byte[]> report) {
    byte[] workbook;
    try {
      workbook = report.get();
    } catch (RuntimeException e) {
      audit.failed(AuditActions.REPORT_EXPORT, object, e);
      throw e;
    }
    audit.record(
        AuditActions.REPORT_EXPORT, object, Outcome.SUCCESS, "xlsx, " + workbook.length + " bytes");
    return workbook;
  }

  /**
   * A report as the audit trail names it, with the parameters as asked: e.g. {@code report regions
   * level=city period=2026-10}, {@code report units region=130200 period=2026-Q3
   * convention=equal-value}.
   */
  static String reportObject(
      String kind,
      String parameter,
      String value,
      StatPeriod period,
      ElectricityConvention convention) {
    return "report "
        + kind
        + (value == null || value.isBlank() ? "" : " " + parameter + "=" + value.trim())
        + " period="
        + period
        + (convention == null ? "" : " convention=" + convention.setting());
  }

  /** e.g. 河北省 各市 能耗统计表 2026-10; without {@code what}: 唐山市 能耗统计表 2026-10. */
  static String title(String where, String what, StatPeriod period) {
    return where + (what == null ? "" : " " + what) + " 能耗统计表 " + period;
  }

  private XlsxReport.Header header(
      String title, StatPeriod period, ElectricityConvention convention, List<Figures> figures) {
    boolean closed = figures.isEmpty() ? statistics.closed(period) : figures.get(0).closed();
    return new XlsxReport.Header(
        title,
        period.toString(),
        period.start(),
        period.end().minusDays(1),
        convention.label(),
        electricityCoefficient(period, convention),
        closed,
        Instant.now());
  }

  /** The convention asked for, or the province's setting (as {@link Statistics} picks it). */
  private ElectricityConvention convention(ElectricityConvention convention) {
    return Statistics.orSetting(convention, settings);
  }

  /**
   * kgce per kWh of the convention on the period's first day, as the rollups take it: the
   * coefficient table (当量值) or the year's row of electricity_equal_value (等价值, else the latest
   * earlier year's).
   */
  private BigDecimal electricityCoefficient(StatPeriod period, ElectricityConvention convention) {
    List<?> rows =
        convention == ElectricityConvention.EQUAL_VALUE
            ? em.createNativeQuery(
                    "select kgce_per_kwh from electricity_equal_value where year <= ?1 order by"
                        + " year desc limit 1")
                .setParameter(1, period.start().getYear())
                .getResultList()
            : em.createNativeQuery(
                    "select kgce_per_unit from energy_coefficient where energy_type_code = ?1 and"
                        + " valid_from <= cast(?2 as date) and (valid_to is null or valid_to >"
                        + " cast(?2 as date)) order by valid_from desc limit 1")
                .setParameter(1, settings.text("accounting.electricity-energy-type").trim())
                .setParameter(2, period.start().toString())
                .getResultList();
    return rows.isEmpty() ? null : (BigDecimal) rows.get(0);
  }

  /** The province, or the city of a city official. */
  private String scopeName(CallerScope scope) {
    return regionName(
        scope.kind() == CallerScope.Kind.CITY ? scope.regionCode() : config.provinceCode());
  }

  private String regionName(String code) {
    List<?> rows =
        em.createNativeQuery("select name from region where code = ?1")
            .setParameter(1, code)
            .getResultList();
    return rows.isEmpty() ? code : (String) rows.get(0);
  }
}
