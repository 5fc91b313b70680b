package cn.nhjc.province.conservation.application;

import cn.nhjc.province.conservation.domain.TargetKind;
import cn.nhjc.province.conservation.domain.TargetLevel;
import cn.nhjc.province.conservation.domain.TargetTerm;
import cn.nhjc.province.platform.audit.AuditActions;
import cn.nhjc.province.platform.audit.AuditChain;
import cn.nhjc.province.platform.audit.AuditTrail;
import cn.nhjc.province.platform.audit.Outcome;
import cn.nhjc.province.platform.config.PlatformConfig;
import cn.nhjc.province.platform.input.NumberText;
import cn.nhjc.province.platform.input.Quote;
import cn.nhjc.province.platform.security.CallerScope;
import cn.nhjc.province.platform.security.CurrentCaller;
import cn.nhjc.province.platform.security.RegionCodes;
import cn.nhjc.province.platform.security.Roles;
import cn.nhjc.province.registry.application.ImportColumns;
import cn.nhjc.province.registry.application.ImportFiles;
import cn.nhjc.province.registry.application.ImportResult;
import cn.nhjc.province.registry.application.ImportTable;
import cn.nhjc.province.registry.domain.Rejection;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Dual-control targets: the province allocates to its cities, a city to its counties and its key
 * units. Every change is a new revision (a draft); issuing one replaces the revision issued before
 * it, and the history keeps who recorded and who issued each, and when. Province officials act on
 * every holder; a city official on the counties and units of the city (the city's own target is the
 * province's). Reading: officials, supervisors and administrators, in their scope. Every revision,
 * issue and import is recorded in the audit trail.
 */
@Stateless
@RolesAllowed({
  Roles.PROVINCE_OFFICIAL,
  Roles.CITY_OFFICIAL,
  Roles.SUPERVISOR,
  Roles.PLATFORM_ADMIN
})
public class Targets {

  public static final String TEMPLATE_FILE_NAME = "能耗双控目标分解模板.xlsx";

  /** The columns of an imported (and exported) target list. */
  public static final ImportColumns COLUMNS =
      new ImportColumns(
          List.of(
              "level",
              "holderCode",
              "kind",
              "term",
              "year",
              "baseYear",
              "baseValue",
              "targetValue",
              "note"),
          Map.of(
              "层级", "level",
              "代码", "holderCode",
              "类型", "kind",
              "期限", "term",
              "年度", "year",
              "基期年", "baseYear",
              "基期值", "baseValue",
              "目标值", "targetValue",
              "备注", "note"));

  private static final String SELECT =
      "select t.id, t.level, t.holder_code, coalesce(r.name, u.name), t.kind, t.term, t.year,"
          + " t.base_year, t.base_value, t.target_value, t.allocated_by, t.revision, t.status,"
          + " t.recorded_by, t.recorded_at, t.issued_by, t.issued_at, t.note,"
          + " coalesce(r.code, u.region_code) from conservation_target t left join region r on"
          + " t.level <> 'unit' and r.code = t.holder_code left join key_unit u on t.level ="
          + " 'unit' and u.credit_code = t.holder_code ";

  @PersistenceContext private EntityManager em;
  @EJB private CurrentCaller caller;
  @EJB private AuditTrail audit;
  @EJB private TargetWarnings warnings;
  @Inject private PlatformConfig config;
  @Inject private ImportFiles files;
  @Resource private SessionContext context;

  /**
   * The latest revision of every target in the caller's scope, ordered by level and code.
   *
   * @param year {@code null}: every year
   * @param level {@code null}: every level
   * @param kind {@code null}: both kinds
   */
  public List<TargetDto> list(Integer year, String level, String kind) {
    String prefix = scopePrefix();
    String levelCode = level == null || level.isBlank() ? null : TargetLevel.of(level).code();
    String kindCode = kind == null || kind.isBlank() ? null : TargetKind.of(kind).code();
    List<?> rows =
        em.createNativeQuery(
                SELECT
                    + "where coalesce(r.code, u.region_code) like ?1 || '%' and (?2 = '' or"
                    + " t.year = cast(nullif(?2, '') as integer)) and (?3 = '' or t.level = ?3)"
                    + " and (?4 = '' or t.kind = ?4) and t.revision = (select max(o.revision)"
                    + " from conservation_target o where o.level = t.level and o.holder_code ="
                    + " t.holder_code and o.kind = t.kind and o.term = t.term and o.year ="
                    + " t.year) order by t.year desc, case t.level when 'province' then 0 when"
                    + " 'city' then 1 when 'county' then 2 else 3 end, coalesce(r.code,"
                    + " u.region_code), t.holder_code, t.kind, t.term")
            .setParameter(1, prefix)
            .setParameter(2, year == null ? "" : String.valueOf(year))
            .setParameter(3, levelCode == null ? "" : levelCode)
            .setParameter(4, kindCode == null ? "" : kindCode)
            .getResultList();
    return rows.stream().map(row -> dto((Object[]) row)).toList();
  }

  /** Every revision of one holder's target, oldest first. */
  public List<TargetDto> history(
      String level, String holderCode, String kind, String term, Integer year) {
    String prefix = scopePrefix();
    TargetProgress.requireYear(year);
    if (holderCode == null || holderCode.isBlank()) {
      throw new IllegalArgumentException("holderCode is required");
    }
    List<?> rows =
        em.createNativeQuery(
                SELECT
                    + "where t.level = ?1 and t.holder_code = ?2 and t.kind = ?3 and t.term = ?4"
                    + " and t.year = ?5 and coalesce(r.code, u.region_code) like ?6 || '%' order"
                    + " by t.revision")
            .setParameter(1, TargetLevel.of(level).code())
            .setParameter(2, holderCode)
            .setParameter(3, TargetKind.of(kind).code())
            .setParameter(4, TargetTerm.of(term).code())
            .setParameter(5, year)
            .setParameter(6, prefix)
            .getResultList();
    return rows.stream().map(row -> dto((Object[]) row)).toList();
  }

  /**
   * Records a new revision of a holder's target: a draft, or issued at once when the input asks.
   *
   * @throws IllegalArgumentException for a bad value, with the reason
   * @throws EJBAccessException when the holder is not the caller's to allocate
   */
  @RolesAllowed({Roles.PROVINCE_OFFICIAL, Roles.CITY_OFFICIAL})
  public TargetDto save(TargetInput input) {
    Checked checked = check(input);
    requireAllocates(checked);
    long id = insert(checked, input.note(), user());
    String object = object(checked);
    audit.record(
        AuditActions.TARGET_CHANGE,
        object,
        Outcome.SUCCESS,
        "revision of " + checked.target() + " (base " + checked.baseValue() + ")");
    if (input.issue()) {
      return issue(id);
    }
    return byId(id);
  }

  /** Issues a draft: the revision issued before it becomes replaced. */
  @RolesAllowed({Roles.PROVINCE_OFFICIAL, Roles.CITY_OFFICIAL})
  public TargetDto issue(long id) {
    TargetDto draft = byId(id);
    if (draft == null) {
      throw new IllegalArgumentException("no target " + id);
    }
    Checked checked =
        check(
            new TargetInput(
                draft.level(),
                draft.holderCode(),
                draft.kind(),
                draft.term(),
                draft.year(),
                draft.baseYear(),
                draft.baseValue(),
                draft.targetValue(),
                draft.note(),
                true));
    requireAllocates(checked);
    if (!"draft".equals(draft.status())) {
      throw new IllegalArgumentException("revision " + draft.revision() + " is not a draft");
    }
    Set<String> annual =
        TargetTerm.of(draft.term()) == TargetTerm.ANNUAL
            ? Set.of(TargetWarnings.holder(draft.level(), draft.holderCode()))
            : Set.of();
    if (!annual.isEmpty()) {
      warnings.observe(draft.year(), annual); // the level before
    }
    issued(id, checked, user());
    audit.record(
        AuditActions.TARGET_ISSUE,
        object(checked),
        Outcome.SUCCESS,
        "revision " + draft.revision() + " issued: " + draft.targetValue());
    if (!annual.isEmpty()) {
      warnings.observe(draft.year(), annual); // a change: a notice
    }
    return byId(id);
  }

  /** A target list from UTF-8 CSV: every line issued, or nothing stored when one is refused. */
  @RolesAllowed({Roles.PROVINCE_OFFICIAL, Roles.CITY_OFFICIAL})
  public ImportResult importCsv(byte[] content) {
    return imported("csv", content, () -> files.readCsv(content, COLUMNS));
  }

  /** A target list from XLSX (first sheet): as {@link #importCsv}. */
  @RolesAllowed({Roles.PROVINCE_OFFICIAL, Roles.CITY_OFFICIAL})
  public ImportResult importXlsx(byte[] content) {
    return imported("xlsx", content, () -> files.readXlsx(content, COLUMNS));
  }

  /** An empty target list with the header row. */
  public byte[] template() {
    return files.xlsxTemplate(COLUMNS);
  }

  /** The latest revisions as {@link #list} gives them, as XLSX with the import's columns. */
  public byte[] exportXlsx(Integer year, String level, String kind) {
    List<TargetDto> targets = list(year, level, kind);
    List<List<Object>> rows = new ArrayList<>();
    for (TargetDto t : targets) {
      rows.add(
          List.of(
              t.level(),
              t.holderCode(),
              t.kind(),
              t.term(),
              String.valueOf(t.year()),
              String.valueOf(t.baseYear()),
              t.baseValue(),
              t.targetValue(),
              t.note() == null ? "" : t.note()));
    }
    List<String> header = new ArrayList<>(COLUMNS.names());
    return SimpleXlsx.write("能耗双控目标", header, rows);
  }

  /** Issues the revision: the one of the same target issued before it becomes replaced. */
  private void issued(long id, Checked target, String user) {
    em.createNativeQuery(
            "update conservation_target set status = 'replaced' where level = ?1 and holder_code"
                + " = ?2 and kind = ?3 and term = ?4 and year = ?5 and status = 'issued'")
        .setParameter(1, target.level().code())
        .setParameter(2, target.holderCode())
        .setParameter(3, target.kind().code())
        .setParameter(4, target.term().code())
        .setParameter(5, target.year())
        .executeUpdate();
    em.createNativeQuery(
            "update conservation_target set status = 'issued', issued_by = ?2, issued_at = now()"
                + " where id = ?1")
        .setParameter(1, id)
        .setParameter(2, user)
        .executeUpdate();
  }

  private ImportResult imported(String format, byte[] content, Supplier<ImportTable> read) {
    String object =
        "target list ("
            + format
            + ", "
            + content.length
            + " bytes, SM3 "
            + AuditChain.sm3Hex(content)
            + ")";
    ImportResult result;
    try {
      ImportTable table = read.get();
      List<Rejection> rejected = new ArrayList<>(table.malformed());
      List<Checked> accepted = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (ImportTable.Line line : table.lines()) {
        Rejection overlong = ImportTable.overlong(line.number(), line.values());
        if (overlong != null) {
          rejected.add(overlong);
          continue;
        }
        try {
          Checked checked =
              check(
                  new TargetInput(
                      line.get("level"),
                      line.get("holderCode"),
                      line.get("kind"),
                      line.get("term"),
                      integer(line.get("year"), "year"),
                      integer(line.get("baseYear"), "baseYear"),
                      decimal(line.get("baseValue"), "baseValue"),
                      decimal(line.get("targetValue"), "targetValue"),
                      line.get("note"),
                      true));
          requireAllocates(checked);
          if (!seen.add(object(checked))) {
            throw new IllegalArgumentException("同一目标在文件中出现了两次");
          }
          accepted.add(checked);
        } catch (IllegalArgumentException | EJBAccessException e) {
          rejected.add(new Rejection(line.number(), e.getMessage()));
        }
      }
      rejected.sort(java.util.Comparator.comparingInt(Rejection::line));
      if (!rejected.isEmpty()) {
        result = new ImportResult(0, rejected);
      } else {
        String user = user();
        Map<Integer, Set<String>> annual = new TreeMap<>();
        for (Checked checked : accepted) {
          if (checked.term() == TargetTerm.ANNUAL) {
            annual
                .computeIfAbsent(checked.year(), y -> new HashSet<>())
                .add(TargetWarnings.holder(checked.level().code(), checked.holderCode()));
          }
        }
        annual.forEach(warnings::observe); // the levels before
        for (Checked checked : accepted) {
          issued(insert(checked, null, user), checked, user);
        }
        annual.forEach(warnings::observe); // the changes: notices
        result = new ImportResult(accepted.size(), List.of());
      }
    } catch (RuntimeException e) {
      audit.failed(AuditActions.TARGET_IMPORT, object, e);
      throw e;
    }
    audit.record(
        AuditActions.TARGET_IMPORT,
        object,
        result.rejected().isEmpty() ? Outcome.SUCCESS : Outcome.REFUSED,
        result.imported() + " targets issued, " + result.rejected().size() + " lines refused");
    return result;
  }

  private static Integer integer(String text, String column) {
    if (text.isEmpty()) {
      return null;
    }
    var value = NumberText.integer(text);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(column + " 不是整数：" + Quote.of(text));
    }
    return value.getAsInt();
  }

  private static BigDecimal decimal(String text, String column) {
    if (text.isEmpty()) {
      return null;
    }
    NumberText.Reading read = NumberText.storable(text);
    if (!read.ok()) {
      throw new IllegalArgumentException(column + " 不是数值：" + Quote.of(text));
    }
    return read.value();
  }

  /** An input that passed the checks, with its holder's region and allocating region. */
  record Checked(
      TargetLevel level,
      String holderCode,
      TargetKind kind,
      TargetTerm term,
      int year,
      int baseYear,
      BigDecimal baseValue,
      BigDecimal target,
      String regionCode,
      String allocatedBy) {}

  private Checked check(TargetInput input) {
    if (input == null) {
      throw new IllegalArgumentException("目标为空");
    }
    if (input.level() == null || input.level().isBlank()) {
      throw new IllegalArgumentException("缺少层级 level（province、city、county 或 unit）");
    }
    TargetLevel level = TargetLevel.of(input.level().trim());
    if (input.kind() == null || input.kind().isBlank()) {
      throw new IllegalArgumentException("缺少类型 kind（total 或 intensity）");
    }
    TargetKind kind = TargetKind.of(input.kind().trim());
    TargetTerm term = TargetTerm.of(input.term() == null ? null : input.term().trim());
    String code = input.holderCode() == null ? "" : input.holderCode().trim();
    if (code.isEmpty()) {
      throw new IllegalArgumentException("缺少代码 holderCode");
    }
    if (input.year() == null || input.year() < 2000 || input.year() > 2100) {
      throw new IllegalArgumentException("年度 year 应在 2000–2100 之间");
    }
    if (input.baseYear() == null || input.baseYear() >= input.year()) {
      throw new IllegalArgumentException("基期年 baseYear 应早于年度 " + input.year());
    }
    if (input.baseValue() == null || input.baseValue().signum() <= 0) {
      throw new IllegalArgumentException("基期值 baseValue 应为正数");
    }
    if (input.targetValue() == null || input.targetValue().signum() <= 0) {
      throw new IllegalArgumentException("目标值 targetValue 应为正数");
    }
    String regionCode;
    String allocatedBy;
    String province = config.provinceCode();
    if (level == TargetLevel.UNIT) {
      List<?> unit =
          em.createNativeQuery("select region_code from key_unit where credit_code = ?1")
              .setParameter(1, code)
              .getResultList();
      if (unit.isEmpty()) {
        throw new IllegalArgumentException("无此重点用能单位：" + Quote.of(code));
      }
      regionCode = (String) unit.get(0);
      allocatedBy = ProgressCalculator.cityOf(regionCode);
    } else {
      List<?> region =
          em.createNativeQuery("select level, parent_code from region where code = ?1")
              .setParameter(1, code)
              .getResultList();
      if (region.isEmpty()) {
        throw new IllegalArgumentException("无此行政区划：" + Quote.of(code));
      }
      Object[] r = (Object[]) region.get(0);
      if (!level.code().equals(r[0])) {
        throw new IllegalArgumentException(
            "行政区划 " + code + " 的层级是 " + r[0] + "，不是 " + level.code());
      }
      if (!code.startsWith(RegionCodes.prefixOf(province))) {
        throw new IllegalArgumentException("行政区划 " + code + " 不在本省");
      }
      regionCode = code;
      allocatedBy = level == TargetLevel.PROVINCE ? null : (String) r[1];
    }
    return new Checked(
        level,
        code,
        kind,
        term,
        input.year(),
        input.baseYear(),
        input.baseValue(),
        input.targetValue(),
        regionCode,
        allocatedBy);
  }

  /**
   * A province official allocates every target; a city official those of its counties and units.
   */
  private void requireAllocates(Checked checked) {
    if (context.isCallerInRole(Roles.PROVINCE_OFFICIAL)) {
      return;
    }
    CallerScope scope = caller.requireScope();
    boolean allowed =
        scope.kind() == CallerScope.Kind.CITY
            && (checked.level() == TargetLevel.COUNTY || checked.level() == TargetLevel.UNIT)
            && checked.regionCode().startsWith(scope.regionPrefix(config.provinceCode()));
    if (!allowed) {
      throw new EJBAccessException("目标 " + object(checked) + " 不由本账户分解");
    }
  }

  private long insert(Checked checked, String note, String user) {
    Object id =
        em.createNativeQuery(
                "insert into conservation_target (level, holder_code, kind, term, year, base_year,"
                    + " base_value, target_value, allocated_by, revision, status, recorded_by,"
                    + " note) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, (select"
                    + " coalesce(max(revision), 0) + 1 from conservation_target where level = ?1"
                    + " and holder_code = ?2 and kind = ?3 and term = ?4 and year = ?5), 'draft',"
                    + " ?10, ?11) returning id")
            .setParameter(1, checked.level().code())
            .setParameter(2, checked.holderCode())
            .setParameter(3, checked.kind().code())
            .setParameter(4, checked.term().code())
            .setParameter(5, checked.year())
            .setParameter(6, checked.baseYear())
            .setParameter(7, checked.baseValue())
            .setParameter(8, checked.target())
            .setParameter(9, checked.allocatedBy())
            .setParameter(10, user)
            .setParameter(11, note == null || note.isBlank() ? null : note.trim())
            .getSingleResult();
    return ((Number) id).longValue();
  }

  private TargetDto byId(long id) {
    String prefix = scopePrefix();
    List<?> rows =
        em.createNativeQuery(
                SELECT + "where t.id = ?1 and coalesce(r.code, u.region_code) like ?2 || '%'")
            .setParameter(1, id)
            .setParameter(2, prefix)
            .getResultList();
    return rows.isEmpty() ? null : dto((Object[]) rows.get(0));
  }

  private String scopePrefix() {
    String prefix = caller.requireScope().regionPrefix(config.provinceCode());
    if (prefix == null) {
      throw new EJBAccessException("the caller's scope holds no region");
    }
    return prefix;
  }

  private String user() {
    return context.getCallerPrincipal().getName();
  }

  private static String object(Checked c) {
    return "target "
        + c.level().code()
        + " "
        + c.holderCode()
        + " "
        + c.kind().code()
        + " "
        + c.term().code()
        + " "
        + c.year();
  }

  private static TargetDto dto(Object[] c) {
    return new TargetDto(
        ((Number) c[0]).longValue(),
        (String) c[1],
        (String) c[2],
        (String) c[3],
        (String) c[4],
        (String) c[5],
        ((Number) c[6]).intValue(),
        ((Number) c[7]).intValue(),
        (BigDecimal) c[8],
        (BigDecimal) c[9],
        (String) c[10],
        ((Number) c[11]).intValue(),
        (String) c[12],
        (String) c[13],
        instant(c[14]),
        (String) c[15],
        instant(c[16]),
        (String) c[17]);
  }

  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    return (Instant) value;
  }
}
