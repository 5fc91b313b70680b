package cn.nhjc.province.registry.application;

import cn.nhjc.province.platform.audit.AuditActions;
import cn.nhjc.province.platform.audit.AuditChain;
import cn.nhjc.province.platform.audit.AuditTrail;
import cn.nhjc.province.platform.audit.Outcome;
import cn.nhjc.province.platform.config.PlatformConfig;
import cn.nhjc.province.platform.security.RegionCodes;
import cn.nhjc.province.platform.security.Roles;
import cn.nhjc.province.registry.domain.Region;
import cn.nhjc.province.registry.domain.Rejection;
import cn.nhjc.province.registry.domain.UnitListEntry;
import cn.nhjc.province.registry.domain.UnitListRow;
import cn.nhjc.province.registry.domain.UnitListRules;
import cn.nhjc.province.registry.domain.UnitListRules.RegionFacts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Takes a key-unit list (名单) onto the province's list: every line that passes {@link UnitListRules}
 * is inserted, or updates the unit with the same credit code; the other lines are reported. The
 * good lines go in one transaction. Every import is recorded in the audit trail, with the file's
 * size and SM3.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class UnitListImport {

  public static final String TEMPLATE_FILE_NAME = "重点用能单位名单模板.xlsx";

  @PersistenceContext private EntityManager em;
  @Inject private PlatformConfig config;
  @EJB private DeviceKeyCache devices;
  @Inject private ImportFiles files;
  @EJB private AuditTrail audit;

  /**
   * @throws UnreadableFileException if the file is not UTF-8 CSV with the list's header
   */
  public ImportResult importCsv(byte[] content) {
    return audited("csv", content, () -> files.readCsv(content, ImportColumns.UNIT_LIST));
  }

  /**
   * @throws UnreadableFileException if the file is not an XLSX workbook whose first sheet starts
   *     with the list's header
   */
  public ImportResult importXlsx(byte[] content) {
    return audited("xlsx", content, () -> files.readXlsx(content, ImportColumns.UNIT_LIST));
  }

  /** An empty list as XLSX, with the header row, for administrators to fill in. */
  public byte[] template() {
    return files.xlsxTemplate(ImportColumns.UNIT_LIST);
  }

  private ImportResult audited(String format, byte[] content, Supplier<ImportTable> read) {
    String object = fileObject("key-unit list", format, content);
    ImportResult result;
    try {
      result = importTable(read.get());
    } catch (RuntimeException e) {
      audit.failed(AuditActions.UNITS_IMPORT, object, e);
      throw e;
    }
    audit.record(AuditActions.UNITS_IMPORT, object, Outcome.SUCCESS, summary(result));
    return result;
  }

  /** A file as an audit record names it: what it is, its format, size and SM3. */
  static String fileObject(String what, String format, byte[] content) {
    return what
        + " ("
        + format
        + ", "
        + content.length
        + " bytes, SM3 "
        + AuditChain.sm3Hex(content)
        + ")";
  }

  /** An import's result as an audit record's detail. */
  static String summary(ImportResult result) {
    return result.imported() + " lines imported, " + result.rejected().size() + " refused";
  }

  private ImportResult importTable(ImportTable table) {
    UnitListRules.Outcome outcome = rules().check(rows(table));
    outcome.accepted().forEach(this::upsert);
    devices.invalidate(); // a device carries its unit's configuration version
    List<Rejection> rejected = new ArrayList<>(table.malformed());
    rejected.addAll(outcome.rejected());
    rejected.sort(Comparator.comparingInt(Rejection::line));
    return new ImportResult(outcome.accepted().size(), rejected);
  }

  /** The data lines of a list as {@link UnitListRules} checks them. */
  public static List<UnitListRow> rows(ImportTable table) {
    return table.lines().stream().map(UnitListImport::row).toList();
  }

  private static UnitListRow row(ImportTable.Line line) {
    return new UnitListRow(
        line.number(),
        line.get("creditCode"),
        line.get("name"),
        line.get("regionCode"),
        line.get("industryCode"),
        line.get("level"));
  }

  /** The rules over the province's divisions (retired ones too) and the industry dictionary. */
  private UnitListRules rules() {
    Map<String, RegionFacts> regions =
        em
            .createQuery("select r from Region r where r.code like :prefix", Region.class)
            .setParameter("prefix", RegionCodes.prefixOf(config.provinceCode()) + "%")
            .getResultList()
            .stream()
            .collect(
                Collectors.toMap(
                    Region::getCode,
                    r ->
                        new RegionFacts(
                            r.getName(), r.getLevel(), r.isRetired(), r.getSuccessorCode())));
    Set<String> industries =
        new HashSet<>(
            em.createQuery("select i.code from Industry i", String.class).getResultList());
    Function<String, Optional<RegionFacts>> lookUp = code -> Optional.ofNullable(regions.get(code));
    return new UnitListRules(config.provinceCode(), lookUp, industries::contains);
  }

  /**
   * Inserts the unit or updates its listed fields; a unit whose registered information changed gets
   * a new config_version, which its end device sees as a new regVersion.
   */
  private void upsert(UnitListEntry entry) {
    em.createNativeQuery(
            "insert into key_unit (credit_code, name, region_code, industry_code, unit_level)"
                + " values (?1, ?2, ?3, ?4, ?5)"
                + " on conflict (credit_code) do update set name = excluded.name,"
                + " region_code = excluded.region_code, industry_code = excluded.industry_code,"
                + " unit_level = excluded.unit_level,"
                + " config_version = key_unit.config_version + 1"
                + " where (key_unit.name, key_unit.region_code, key_unit.industry_code,"
                + " key_unit.unit_level) is distinct from (excluded.name, excluded.region_code,"
                + " excluded.industry_code, excluded.unit_level)")
        .setParameter(1, entry.creditCode())
        .setParameter(2, entry.name())
        .setParameter(3, entry.regionCode())
        .setParameter(4, entry.industryCode())
        .setParameter(5, entry.unitLevel())
        .executeUpdate();
  }
}
