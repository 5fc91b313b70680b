package cn.nhjc.province.registry.application;

import cn.nhjc.province.platform.audit.AuditActions;
import cn.nhjc.province.platform.audit.AuditTrail;
import cn.nhjc.province.platform.audit.Outcome;
import cn.nhjc.province.platform.input.Quote;
import cn.nhjc.province.platform.security.Roles;
import cn.nhjc.province.registry.domain.CreditCodes;
import cn.nhjc.province.registry.domain.Rejection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes over the end devices of a province's previous platform (CSV {@code
 * creditCode,deviceId,secretKey}), so that units keep their deviceId and key. Each line is
 * registered on its own: a refused line leaves the others in place. Every import is recorded in the
 * audit trail, with the file's size and SM3.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
// no transaction here, so that each DeviceRegistry.importDevice call commits or rolls back alone
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeviceImport {
  private static final Logger LOG = Logger.getLogger(DeviceImport.class.getName());
  private static final String HEX_128 = "[0-9a-fA-F]{32}";

  @EJB private DeviceRegistry registry;
  @PersistenceContext private EntityManager em;
  @Inject private ImportFiles files;
  @EJB private AuditTrail audit;

  /**
   * @throws UnreadableFileException if the file is not UTF-8 CSV with the header {@code
   *     creditCode,deviceId,secretKey}
   */
  public ImportResult importCsv(byte[] content) {
    String object = UnitListImport.fileObject("device list", "csv", content);
    ImportResult result;
    try {
      result = importLines(files.readCsv(content, ImportColumns.DEVICE_LIST));
    } catch (RuntimeException e) {
      audit.failed(AuditActions.DEVICES_IMPORT, object, e);
      throw e;
    }
    audit.record(
        AuditActions.DEVICES_IMPORT, object, Outcome.SUCCESS, UnitListImport.summary(result));
    return result;
  }

  private ImportResult importLines(ImportTable table) {
    List<Rejection> rejected = new ArrayList<>(table.malformed());
    int imported = 0;
    for (ImportTable.Line line : table.lines()) {
      String reason = importLine(line);
      if (reason == null) {
        imported++;
      } else {
        rejected.add(new Rejection(line.number(), reason));
      }
    }
    rejected.sort(Comparator.comparingInt(Rejection::line));
    return new ImportResult(imported, rejected);
  }

  /** Registers one line's device; the reason it was refused, or {@code null}. */
  private String importLine(ImportTable.Line line) {
    String creditCode = line.get("creditCode").toUpperCase(Locale.ROOT);
    String deviceId = line.get("deviceId");
    String secretKey = line.get("secretKey");
    if (!CreditCodes.isValid(creditCode)) {
      return "统一社会信用代码 " + Quote.of(creditCode) + " 无效";
    }
    if (!deviceId.matches(HEX_128)) {
      return "设备编号 deviceId 应为 32 位十六进制数";
    }
    if (!secretKey.matches(HEX_128)) {
      return "密钥 secretKey 应为 32 位十六进制数（16 字节 SM4 密钥）";
    }
    String taken = takenOrUnlisted(creditCode, deviceId);
    if (taken != null) {
      return taken;
    }
    try {
      registry.importDevice(creditCode, deviceId, secretKey);
      return null;
    } catch (EJBException e) {
      Throwable cause = e.getCause() == null ? e.getCausedByException() : e.getCause();
      if (cause instanceof IllegalArgumentException) {
        return "设备登记被拒绝：" + cause.getMessage();
      }
      LOG.log(Level.WARNING, "device import of line " + line.number() + " failed", e);
      return "保存失败，请查看服务器日志";
    }
  }

  /**
   * What {@link DeviceRegistry#importDevice} would refuse for the unit or the deviceId, asked first
   * so that the administrator reads it in Chinese and the server log stays free of refused lines.
   */
  private String takenOrUnlisted(String creditCode, String deviceId) {
    if (count("select count(*) from key_unit where credit_code = ?1", creditCode) == 0) {
      return "统一社会信用代码 " + creditCode + " 不在本省重点用能单位名单中（请先导入名单）";
    }
    if (count(
            "select count(*) from device d join key_unit u on u.id = d.unit_id"
                + " where u.credit_code = ?1",
            creditCode)
        > 0) {
      return "该单位已有终端设备";
    }
    if (count("select count(*) from device where device_id = ?1", deviceId.toLowerCase(Locale.ROOT))
        > 0) {
      return "设备编号 " + deviceId + " 已被其他单位使用";
    }
    return null;
  }

  private long count(String sql, String parameter) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult())
        .longValue();
  }
}
