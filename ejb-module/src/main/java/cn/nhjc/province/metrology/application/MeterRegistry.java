package cn.nhjc.province.metrology.application;

import cn.nhjc.province.metrology.domain.MeterExchangeInput;
import cn.nhjc.province.metrology.domain.MeterInput;
import cn.nhjc.province.metrology.domain.MeterInputRules;
import cn.nhjc.province.metrology.domain.MeterLine;
import cn.nhjc.province.metrology.domain.MeterStatus;
import cn.nhjc.province.metrology.domain.MeteringPoint;
import cn.nhjc.province.monitoring.domain.CounterConsumption;
import cn.nhjc.province.platform.audit.AuditActions;
import cn.nhjc.province.platform.audit.AuditChain;
import cn.nhjc.province.platform.audit.AuditTrail;
import cn.nhjc.province.platform.audit.Outcome;
import cn.nhjc.province.platform.config.PlatformSettings;
import cn.nhjc.province.platform.persistence.FlywayIntegrator;
import cn.nhjc.province.platform.persistence.SqlTimes;
import cn.nhjc.province.platform.security.CurrentCaller;
import cn.nhjc.province.platform.security.Roles;
import cn.nhjc.province.registry.application.ImportColumns;
import cn.nhjc.province.registry.application.ImportFiles;
import cn.nhjc.province.registry.application.ImportTable;
import cn.nhjc.province.registry.application.UnitVisibility;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * A unit's meter registry (计量器具管理, §4.3.3; 计量器具信息维护, §4.2.3): its enterprise users keep their own
 * unit's meters, metrology officers maintain any unit's; every government role reads in its scope.
 * Each change stores a new version of the meter in {@code meter_history} and an audit record.
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
public class MeterRegistry {

  /** The calendar of the province: calibration days are Beijing days. */
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final String UPDATE =
      "update meter set meter_type_code = ?, serial_no = ?, name = ?, maker = ?, model = ?,"
          + " accuracy_class = ?, measuring_range = ?, meter_level = ?, structure_id ="
          + " (select id from unit_structure where unit_id = ? and code = ? order by scope"
          + " limit 1), energy_type_code = ?, calibrated_on = ?, calibration_months = ?,"
          + " calibration_due = ?, calibration_institution = ?, certificate_no = ?,"
          + " status = ?, counter_capacity = ?, updated_at = ?, updated_by = ?,"
          + " version = version + 1 where id = ? and unit_id = ?";

  @PersistenceContext private EntityManager em;
  @Inject private ImportFiles files;

  @Resource(lookup = FlywayIntegrator.DATASOURCE)
  private DataSource dataSource;

  @EJB private CurrentCaller caller;
  @EJB private AuditTrail audit;
  @EJB private PlatformSettings settings;
  @Resource private SessionContext context;

  /** The caller's own unit's credit code. For enterprise users. */
  @RolesAllowed(Roles.ENTERPRISE_USER)
  public String ownCreditCode() {
    return caller.requireScope().creditCode();
  }

  /** The JJF meter types a meter may be of. */
  public List<CodeName> meterTypes() {
    return codeNames(
        "select code, name from dictionary_entry where dictionary_no = "
            + MeterRows.METER_TYPES
            + " order by code");
  }

  /** The energy types a meter may measure. */
  public List<CodeName> energyTypes() {
    return codeNames("select code, name from energy_type where code <> '0000' order by code");
  }

  private List<CodeName> codeNames(String sql) {
    List<CodeName> entries = new ArrayList<>();
    for (Object o : em.createNativeQuery(sql).getResultList()) {
      Object[] r = (Object[]) o;
      entries.add(new CodeName((String) r[0], (String) r[1]));
    }
    return entries;
  }

  /** The unit's meters, by level, place and serial number. */
  public List<MeterDto> meters(String creditCode) {
    long unitId = visibleUnit(creditCode);
    return MeterRows.metersOf(em, unitId, today(), window());
  }

  /** The unit's meters as an XLSX workbook (计量器具台账). */
  public byte[] metersXlsx(String creditCode) {
    long unitId = visibleUnit(creditCode);
    String name =
        (String)
            em.createNativeQuery("select name from key_unit where id = ?1")
                .setParameter(1, unitId)
                .getSingleResult();
    return MetrologyXlsx.meters(
        name, today(), MeterRows.metersOf(em, unitId, today(), window()), now());
  }

  /** One meter of the unit; empty when the unit has no such meter. */
  public Optional<MeterDto> meter(String creditCode, long meterId) {
    return meterOf(visibleUnit(creditCode), meterId);
  }

  private Optional<MeterDto> meterOf(long unitId, long meterId) {
    return MeterRows.meter(em, unitId, meterId, today(), window());
  }

  /** Every version of one of the unit's meters, newest first; empty when it has no such meter. */
  public Optional<List<MeterVersion>> history(String creditCode, long meterId) {
    if (meter(creditCode, meterId).isEmpty()) {
      return Optional.empty();
    }
    List<MeterVersion> versions = new ArrayList<>();
    for (Object o :
        em.createNativeQuery(
                "select version, changed_at, changed_by, change, cast(snapshot as text)"
                    + " from meter_history where meter_id = ?1 order by version desc")
            .setParameter(1, meterId)
            .getResultList()) {
      Object[] r = (Object[]) o;
      versions.add(
          new MeterVersion(
              ((Number) r[0]).intValue(),
              SqlTimes.instant(r[1]),
              (String) r[2],
              (String) r[3],
              (String) r[4]));
    }
    return Optional.of(versions);
  }

  /** The places of the unit's structure where a meter may be installed. */
  public List<UnitPlace> places(String creditCode) {
    long unitId = visibleUnit(creditCode);
    List<UnitPlace> places = new ArrayList<>();
    for (Object o :
        em.createNativeQuery(
                "select code, name, scope from unit_structure where unit_id = ?1"
                    + " order by scope, code")
            .setParameter(1, unitId)
            .getResultList()) {
      Object[] r = (Object[]) o;
      int scope = ((Number) r[2]).intValue();
      places.add(
          new UnitPlace((String) r[0], (String) r[1], scope, MeteringPoint.levelOfScope(scope)));
    }
    return places;
  }

  /** The unit's energy collect items a meter may feed. */
  public List<FeedableItem> feedableItems(String creditCode) {
    long unitId = visibleUnit(creditCode);
    List<FeedableItem> items = new ArrayList<>();
    for (Object o :
        em.createNativeQuery(
                "select distinct on (c.data_code) c.data_code, c.name, c.energy_type_code, s.code"
                    + " from collect_item c left join unit_structure s on s.id = c.structure_id"
                    + " where c.unit_id = ?1 and c.energy_class_code in ('01', '02', '03')"
                    + " and c.energy_type_code <> '0000' order by c.data_code, c.stat_type")
            .setParameter(1, unitId)
            .getResultList()) {
      Object[] r = (Object[]) o;
      items.add(new FeedableItem((String) r[0], (String) r[1], (String) r[2], (String) r[3]));
    }
    return items;
  }

  /**
   * Registers a meter of the unit.
   *
   * @throws MeterRefusedException with the reasons, when the input does not pass the checks or the
   *     unit has a meter of that serial number
   */
  @RolesAllowed({Roles.ENTERPRISE_USER, Roles.METROLOGY_OFFICER})
  public MeterDto create(String creditCode, MeterInput input) {
    long unitId = visibleUnit(creditCode);
    String object = "unit " + creditCode + " meter " + input.serialNo();
    long id;
    try {
      id = insert(unitId, input, rulesOf(unitId), "create");
    } catch (RuntimeException e) {
      audit.failed(AuditActions.METER_CHANGE, object, e);
      throw e;
    }
    audit.record(AuditActions.METER_CHANGE, object, Outcome.SUCCESS, "created, id " + id);
    return meterOf(unitId, id).orElseThrow();
  }

  /**
   * Changes a meter of the unit: a new version.
   *
   * @return the meter as changed; empty when the unit has no such meter (nothing changed)
   * @throws MeterRefusedException with the reasons
   */
  @RolesAllowed({Roles.ENTERPRISE_USER, Roles.METROLOGY_OFFICER})
  public Optional<MeterDto> update(String creditCode, long meterId, MeterInput input) {
    long unitId = visibleUnit(creditCode);
    Optional<MeterDto> found = meterOf(unitId, meterId);
    if (found.isEmpty()) {
      return found;
    }
    MeterDto before = found.get();
    String object = "unit " + creditCode + " meter " + meterId;
    try {
      List<String> reasons = rulesOf(unitId).check(input);
      if (!reasons.isEmpty()) {
        throw new MeterRefusedException(reasons);
      }
      requireSerialFree(unitId, input.serialNo().strip(), meterId);
      write(UPDATE, unitId, input, meterId);
      feeds(unitId, meterId, input.collectItems());
      history(meterId, "update");
    } catch (RuntimeException e) {
      audit.failed(AuditActions.METER_CHANGE, object, e);
      throw e;
    }
    audit.record(
        AuditActions.METER_CHANGE,
        object,
        Outcome.SUCCESS,
        "version " + (before.version() + 1) + ", status " + statusOf(input).code());
    return meterOf(unitId, meterId);
  }

  /** The import's columns: names and their Chinese headers (the template's header row). */
  public static final ImportColumns COLUMNS =
      new ImportColumns(
          List.copyOf(MeterLine.COLUMNS.keySet()),
          MeterLine.COLUMNS.entrySet().stream()
              .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey)));

  public static final String TEMPLATE_FILE_NAME = "计量器具台账模板.xlsx";

  /**
   * Imports the unit's meters from XLSX (first sheet, row 1 the header {@link #COLUMNS}): a line
   * whose serial number the unit has registered changes that meter (a new version), any other
   * registers a new one. All or nothing: when any line is refused, nothing is stored and the
   * refusal lists every refused line with its reasons.
   *
   * @return how many lines were taken
   * @throws MeterRefusedException "第 n 行：…" for each refused line (line 1 = the header)
   * @throws cn.nhjc.province.registry.application.UnreadableFileException if the file is not an
   *     XLSX workbook with the header
   */
  @RolesAllowed({Roles.ENTERPRISE_USER, Roles.METROLOGY_OFFICER})
  public int importXlsx(String creditCode, byte[] content) {
    long unitId = visibleUnit(creditCode);
    String object =
        "unit "
            + creditCode
            + " meters (xlsx, "
            + content.length
            + " bytes, SM3 "
            + AuditChain.sm3Hex(content)
            + ")";
    int taken;
    try {
      taken = importTable(unitId, files.readXlsx(content, COLUMNS));
    } catch (RuntimeException e) {
      audit.failed(AuditActions.METER_IMPORT, object, e);
      throw e;
    }
    audit.record(AuditActions.METER_IMPORT, object, Outcome.SUCCESS, taken + " lines imported");
    return taken;
  }

  /** An empty meter list as XLSX, with the header row. */
  public byte[] template() {
    return files.xlsxTemplate(COLUMNS);
  }

  private int importTable(long unitId, ImportTable table) {
    List<String> refused = new ArrayList<>();
    table.malformed().forEach(r -> refused.add("第 " + r.line() + " 行：" + r.reason()));
    MeterInputRules rules = rulesOf(unitId);
    Map<String, Long> registered = new HashMap<>();
    for (Object o :
        em.createNativeQuery("select serial_no, id from meter where unit_id = ?1")
            .setParameter(1, unitId)
            .getResultList()) {
      Object[] r = (Object[]) o;
      registered.put((String) r[0], ((Number) r[1]).longValue());
    }
    Set<String> seen = new HashSet<>();
    List<MeterInput> inputs = new ArrayList<>();
    for (ImportTable.Line line : table.lines()) {
      MeterLine.Read read = MeterLine.read(line::get);
      List<String> reasons = new ArrayList<>(read.reasons());
      reasons.addAll(rules.check(read.input()));
      String serial = read.input().serialNo() == null ? "" : read.input().serialNo().strip();
      if (!serial.isEmpty() && !seen.add(serial)) {
        reasons.add("出厂编号 " + serial + " 在文件中出现了两次");
      }
      if (reasons.isEmpty()) {
        inputs.add(read.input());
      } else {
        refused.add("第 " + line.number() + " 行：" + String.join("；", reasons));
      }
    }
    if (table.lines().isEmpty() && refused.isEmpty()) {
      refused.add("文件中没有计量器具");
    }
    if (!refused.isEmpty()) {
      throw new MeterRefusedException(refused);
    }
    for (MeterInput input : inputs) {
      Long id = registered.get(input.serialNo().strip());
      if (id == null) {
        insert(unitId, input, rules, "import");
      } else {
        write(UPDATE, unitId, input, id);
        feeds(unitId, id, input.collectItems());
        history(id, "import");
      }
    }
    return inputs.size();
  }

  /**
   * Records that a meter of the unit was replaced by another (registered before): the old meter's
   * final reading and the new one's first, so that the change of counters is no consumption ({@link
   * cn.nhjc.province.monitoring.domain.CounterConsumption}). The old meter is retired, the new one
   * is in service and feeds the old one's collect items if it fed none; both get a new version
   * ({@code exchange}).
   *
   * @return the exchange; empty when the unit has no such old meter
   * @throws MeterRefusedException with the reasons
   */
  @RolesAllowed({Roles.ENTERPRISE_USER, Roles.METROLOGY_OFFICER})
  public Optional<MeterExchangeDto> exchange(
      String creditCode, long oldMeterId, MeterExchangeInput input) {
    long unitId = visibleUnit(creditCode);
    if (meterOf(unitId, oldMeterId).isEmpty()) {
      return Optional.empty();
    }
    String object = "unit " + creditCode + " meter " + oldMeterId;
    long id;
    try {
      List<String> reasons = new ArrayList<>(input.check(oldMeterId, now()));
      if (reasons.isEmpty() && meterOf(unitId, input.newMeterId()).isEmpty()) {
        reasons.add("新表 " + input.newMeterId() + " 不是本单位登记的计量器具");
      }
      if (!reasons.isEmpty()) {
        throw new MeterRefusedException(reasons);
      }
      OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
      id = insertExchange(unitId, oldMeterId, input, at);
      em.createNativeQuery(
              "insert into meter_feed (meter_id, collect_item_id) select ?1, f.collect_item_id"
                  + " from meter_feed f where f.meter_id = ?2 and not exists (select 1 from"
                  + " meter_feed n where n.meter_id = ?1) on conflict do nothing")
          .setParameter(1, input.newMeterId())
          .setParameter(2, oldMeterId)
          .executeUpdate();
      for (Object[] change :
          new Object[][] {{oldMeterId, "retired"}, {input.newMeterId(), "in-service"}}) {
        em.createNativeQuery(
                "update meter set status = ?1, version = version + 1, updated_at = ?2,"
                    + " updated_by = ?3 where id = ?4 and unit_id = ?5")
            .setParameter(1, change[1])
            .setParameter(2, at)
            .setParameter(3, actor())
            .setParameter(4, change[0])
            .setParameter(5, unitId)
            .executeUpdate();
        history((Long) change[0], "exchange");
      }
    } catch (RuntimeException e) {
      audit.failed(AuditActions.METER_EXCHANGE, object, e);
      throw e;
    }
    audit.record(
        AuditActions.METER_EXCHANGE,
        object,
        Outcome.SUCCESS,
        "replaced by meter "
            + input.newMeterId()
            + ", final "
            + input.oldFinalReading()
            + ", first "
            + input.newFirstReading());
    return exchanges(creditCode).stream().filter(e -> e.id() == id).findFirst();
  }

  /** Stores the exchange (JDBC: its instant as timestamptz); its id. */
  private long insertExchange(
      long unitId, long oldMeterId, MeterExchangeInput input, OffsetDateTime at) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement insert =
            db.prepareStatement(
                "insert into meter_exchange (unit_id, old_meter_id, new_meter_id, exchanged_at,"
                    + " old_final_reading, new_first_reading, recorded_at, recorded_by)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?) returning id")) {
      insert.setLong(1, unitId);
      insert.setLong(2, oldMeterId);
      insert.setLong(3, input.newMeterId());
      insert.setObject(4, OffsetDateTime.ofInstant(input.exchangedAt(), ZoneOffset.UTC));
      insert.setBigDecimal(5, input.oldFinalReading());
      insert.setBigDecimal(6, input.newFirstReading());
      insert.setObject(7, at);
      insert.setString(8, actor());
      try (ResultSet row = insert.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    } catch (SQLException e) {
      throw new EJBException("the meter exchange could not be stored", e);
    }
  }

  /** The unit's recorded meter exchanges, newest first. */
  public List<MeterExchangeDto> exchanges(String creditCode) {
    long unitId = visibleUnit(creditCode);
    List<MeterExchangeDto> exchanges = new ArrayList<>();
    for (Object o :
        em.createNativeQuery(
                "select x.id, x.old_meter_id, o.serial_no, x.new_meter_id, n.serial_no,"
                    + " x.exchanged_at, x.old_final_reading, x.new_first_reading, x.recorded_at,"
                    + " x.recorded_by from meter_exchange x join meter o on o.id = x.old_meter_id"
                    + " join meter n on n.id = x.new_meter_id where x.unit_id = ?1"
                    + " order by x.exchanged_at desc, x.id desc")
            .setParameter(1, unitId)
            .getResultList()) {
      Object[] r = (Object[]) o;
      exchanges.add(
          new MeterExchangeDto(
              ((Number) r[0]).longValue(),
              ((Number) r[1]).longValue(),
              (String) r[2],
              ((Number) r[3]).longValue(),
              (String) r[4],
              SqlTimes.instant(r[5]),
              (java.math.BigDecimal) r[6],
              (java.math.BigDecimal) r[7],
              SqlTimes.instant(r[8]),
              (String) r[9]));
    }
    return exchanges;
  }

  /**
   * The exchanges of the meters that feed one of the unit's collect items, as the counter rule
   * reads them ({@link cn.nhjc.province.monitoring.domain.CounterConsumption#of}).
   */
  public List<CounterConsumption.MeterChange> changesOf(String creditCode, String dataCode) {
    long unitId = visibleUnit(creditCode);
    List<CounterConsumption.MeterChange> changes = new ArrayList<>();
    for (Object o :
        em.createNativeQuery(
                "select distinct x.exchanged_at, x.old_final_reading, x.new_first_reading"
                    + " from meter_exchange x join meter_feed f on f.meter_id = x.old_meter_id"
                    + " join collect_item c on c.id = f.collect_item_id"
                    + " where x.unit_id = ?1 and c.data_code = ?2 order by 1")
            .setParameter(1, unitId)
            .setParameter(2, dataCode)
            .getResultList()) {
      Object[] r = (Object[]) o;
      changes.add(
          new CounterConsumption.MeterChange(
              SqlTimes.instant(r[0]), (java.math.BigDecimal) r[1], (java.math.BigDecimal) r[2]));
    }
    return changes;
  }

  /** Inserts a checked meter with its feeds and first version; its id. */
  long insert(long unitId, MeterInput input, MeterInputRules rules, String change) {
    List<String> reasons = rules.check(input);
    if (!reasons.isEmpty()) {
      throw new MeterRefusedException(reasons);
    }
    requireSerialFree(unitId, input.serialNo().strip(), -1);
    long id =
        write(
            "insert into meter (meter_type_code, serial_no, name, maker, model, accuracy_class,"
                + " measuring_range, meter_level, structure_id, energy_type_code, calibrated_on,"
                + " calibration_months, calibration_due, calibration_institution, certificate_no,"
                + " status, counter_capacity, updated_at, updated_by, unit_id) values (?, ?, ?,"
                + " ?, ?, ?, ?, ?, (select id from unit_structure where unit_id = ? and code = ?"
                + " order by scope limit 1), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
            unitId,
            input,
            null);
    feeds(unitId, id, input.collectItems());
    history(id, change);
    return id;
  }

  /**
   * Writes a meter's fields with JDBC (typed nulls): the insert (returning its id) or, with {@code
   * meterId}, the update of statement {@code sql}, whose parameters are the fields in this order,
   * the unit id and the structure code inside the sub-select, then (update) the meter's id and the
   * unit id.
   */
  private long write(String sql, long unitId, MeterInput in, Long meterId) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement = db.prepareStatement(sql)) {
      int i = 1;
      statement.setString(i++, in.meterTypeCode().strip());
      statement.setString(i++, in.serialNo().strip());
      statement.setString(i++, in.name().strip());
      text(statement, i++, in.maker());
      text(statement, i++, in.model());
      statement.setString(i++, in.accuracyClass().strip());
      text(statement, i++, in.measuringRange());
      statement.setInt(i++, in.level());
      statement.setLong(i++, unitId);
      statement.setString(i++, in.structureCode().strip());
      statement.setString(i++, in.energyTypeCode().strip());
      day(statement, i++, in.calibratedOn());
      if (in.calibrationMonths() == null) {
        statement.setNull(i++, Types.SMALLINT);
      } else {
        statement.setInt(i++, in.calibrationMonths());
      }
      day(statement, i++, in.calibrationDue());
      text(statement, i++, in.calibrationInstitution());
      text(statement, i++, in.certificateNo());
      statement.setString(i++, statusOf(in).code());
      if (in.counterCapacity() == null) {
        statement.setNull(i++, Types.NUMERIC);
      } else {
        statement.setBigDecimal(i++, in.counterCapacity());
      }
      statement.setObject(i++, OffsetDateTime.now(ZoneOffset.UTC));
      statement.setString(i++, actor());
      if (meterId == null) {
        statement.setLong(i, unitId);
        try (ResultSet row = statement.executeQuery()) {
          row.next();
          return row.getLong(1);
        }
      }
      statement.setLong(i++, meterId);
      statement.setLong(i, unitId);
      statement.executeUpdate();
      return meterId;
    } catch (SQLException e) {
      throw new EJBException("the meter could not be stored", e);
    }
  }

  private static void text(PreparedStatement statement, int index, String value)
      throws SQLException {
    if (value == null || value.isBlank()) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, value.strip());
    }
  }

  private static void day(PreparedStatement statement, int index, LocalDate value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.DATE);
    } else {
      statement.setObject(index, value);
    }
  }

  /** The checks of meter input for a unit: dictionaries, its structure and collect items. */
  MeterInputRules rulesOf(long unitId) {
    Set<String> meterTypes =
        new HashSet<>(
            strings(
                em.createNativeQuery(
                        "select code from dictionary_entry where dictionary_no = "
                            + MeterRows.METER_TYPES)
                    .getResultList()));
    Set<String> energyTypes =
        new HashSet<>(
            strings(em.createNativeQuery("select code from energy_type").getResultList()));
    Map<String, Integer> scopes = new HashMap<>();
    for (Object o :
        em.createNativeQuery(
                "select code, min(scope) from unit_structure where unit_id = ?1 group by code")
            .setParameter(1, unitId)
            .getResultList()) {
      Object[] r = (Object[]) o;
      scopes.put((String) r[0], ((Number) r[1]).intValue());
    }
    Map<String, String> items = new HashMap<>();
    for (Object o :
        em.createNativeQuery(
                "select data_code, min(energy_type_code) from collect_item where unit_id = ?1"
                    + " group by data_code")
            .setParameter(1, unitId)
            .getResultList()) {
      Object[] r = (Object[]) o;
      items.put((String) r[0], (String) r[1]);
    }
    return new MeterInputRules(meterTypes, energyTypes, scopes, items, today());
  }

  private void requireSerialFree(long unitId, String serialNo, long exceptId) {
    List<?> taken =
        em.createNativeQuery(
                "select id from meter where unit_id = ?1 and serial_no = ?2 and id <> ?3")
            .setParameter(1, unitId)
            .setParameter(2, serialNo)
            .setParameter(3, exceptId)
            .getResultList();
    if (!taken.isEmpty()) {
      throw new MeterRefusedException(List.of("本单位已登记出厂编号为 " + serialNo + " 的计量器具"));
    }
  }

  private void feeds(long unitId, long meterId, List<String> dataCodes) {
    em.createNativeQuery("delete from meter_feed where meter_id = ?1")
        .setParameter(1, meterId)
        .executeUpdate();
    for (String dataCode : new HashSet<>(dataCodes)) {
      em.createNativeQuery(
              "insert into meter_feed (meter_id, collect_item_id) select ?1, id from collect_item"
                  + " where unit_id = ?2 and data_code = ?3")
          .setParameter(1, meterId)
          .setParameter(2, unitId)
          .setParameter(3, dataCode)
          .executeUpdate();
    }
  }

  /** Stores the meter's current row as its version in meter_history. */
  void history(long meterId, String change) {
    em.createNativeQuery(
            "insert into meter_history (meter_id, version, changed_at, changed_by, change,"
                + " snapshot) select m.id, m.version, m.updated_at, m.updated_by, ?2,"
                + " to_jsonb(m) - 'id' || jsonb_build_object('collectItems', (select"
                + " coalesce(jsonb_agg(distinct c.data_code), '[]'::jsonb) from meter_feed f join"
                + " collect_item c on c.id = f.collect_item_id where f.meter_id = m.id))"
                + " from meter m where m.id = ?1")
        .setParameter(1, meterId)
        .setParameter(2, change)
        .executeUpdate();
  }

  long visibleUnit(String creditCode) {
    return UnitVisibility.requireVisible(em, caller.requireScope(), creditCode);
  }

  String actor() {
    return context.getCallerPrincipal() == null
        ? "platform"
        : context.getCallerPrincipal().getName();
  }

  private int window() {
    return settings.integer(MeterRows.DUE_WINDOW_SETTING);
  }

  static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  static Instant now() {
    return Instant.now();
  }

  private static MeterStatus statusOf(MeterInput input) {
    return input.status() == null || input.status().isBlank()
        ? MeterStatus.IN_SERVICE
        : MeterStatus.ofCode(input.status());
  }

  private static List<String> strings(List<?> rows) {
    return rows.stream().map(String.class::cast).toList();
  }
}
