package cn.nhjc.province.registry.application;

import cn.nhjc.province.platform.audit.AuditActions;
import cn.nhjc.province.platform.audit.AuditTrail;
import cn.nhjc.province.platform.audit.Outcome;
import cn.nhjc.province.platform.config.PlatformSettings;
import cn.nhjc.province.platform.input.Quote;
import cn.nhjc.province.platform.security.CallerScope;
import cn.nhjc.province.platform.security.CurrentCaller;
import cn.nhjc.province.platform.security.Roles;
import cn.nhjc.province.platform.security.SecretSealer;
import cn.nhjc.province.registry.domain.CreditCodes;
import cn.nhjc.province.registry.domain.DeviceIds;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The end devices of registered units and their SM4 keys. Keys are generated here, sealed under the
 * master key for storage, and opened only to decrypt a unit's uploads or to answer its register.
 */
@Stateless
@PermitAll
public class DeviceRegistry {
  private static final HexFormat HEX = HexFormat.of();
  private static final String CONFIRMED = "confirmed";

  /** Longer presented ids are not looked up: a deviceId has 32 hex digits. */
  private static final int MAX_ID_LENGTH = 64;

  @PersistenceContext private EntityManager em;
  @Inject private SecretSealer sealer;
  @EJB private PlatformSettings settings;
  @EJB private DeviceKeyCache cache;
  @EJB private CurrentCaller caller;
  @Resource private SessionContext context;
  @EJB private AuditTrail audit;

  /**
   * A registered device with its key opened, for answering one request.
   *
   * @param confirmed whether the unit's enterprise user or an administrator has confirmed it; a
   *     pending device may only check versions and read the dictionaries
   * @param signatureRequired whether every upload of the unit must carry the HMAC-SM3 of its body
   */
  public record DeviceKey(
      String deviceId,
      long unitId,
      String creditCode,
      byte[] key,
      int configVersion,
      boolean confirmed,
      boolean signatureRequired) {}

  /** What {@code register} hands out. */
  public record Registration(String deviceId, String secretKey, String uploadTime) {}

  /**
   * Read on every request of a device, found by the digest of its id and compared in constant time:
   * kept for a few seconds ({@link DeviceKeyCache}); no transaction of its own (one query, nothing
   * written).
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<DeviceKey> find(String deviceId) {
    if (deviceId == null || deviceId.isEmpty() || deviceId.length() > MAX_ID_LENGTH) {
      return Optional.empty();
    }
    return cache
        .find(DeviceIds.digestHex(deviceId), this::load)
        .filter(device -> DeviceIds.same(deviceId, device.deviceId()));
  }

  private Optional<DeviceKey> load(String digestHex) {
    List<?> rows =
        em.createNativeQuery(
                "select d.device_id, u.id, u.credit_code, d.sealed_key, u.config_version,"
                    + " d.status, d.require_signature"
                    + " from device d join key_unit u on u.id = d.unit_id where d.device_hash = ?1")
            .setParameter(1, HEX.parseHex(digestHex))
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(
        new DeviceKey(
            (String) row[0],
            ((Number) row[1]).longValue(),
            (String) row[2],
            sealer.open((String) row[3]),
            ((Number) row[4]).intValue(),
            CONFIRMED.equals(row[5]),
            Boolean.TRUE.equals(row[6])));
  }

  /**
   * Registers a listed unit's device, pending until the unit's enterprise user or an administrator
   * confirms it ({@link #confirm}). A unit with a confirmed device is refused, unless an
   * administrator rotated its key: then it gets a new deviceId with the new key, pending again. A
   * registration not yet confirmed is replaced by the next one, so that whoever registered first
   * holds nothing: the unit confirms the deviceId its own device shows.
   *
   * @param remote the address the request came from, shown to whoever confirms
   * @throws RegistrationRefusedException with the protocol's message
   */
  public Registration register(String regionCode, String creditCode, String remote) {
    if (creditCode == null || !CreditCodes.isValid(creditCode)) {
      throw new RegistrationRefusedException("企业统一社会信用代码无效");
    }
    List<?> units =
        em.createNativeQuery("select id, region_code from key_unit where credit_code = ?1")
            .setParameter(1, creditCode)
            .getResultList();
    if (units.isEmpty()) {
      throw new RegistrationRefusedException("该企业不在本省重点用能单位名单中");
    }
    Object[] unit = (Object[]) units.get(0);
    long unitId = ((Number) unit[0]).longValue();
    if (!sameRegion(regionCode, (String) unit[1])) {
      throw new RegistrationRefusedException("行政区划代码与名单不符");
    }
    List<?> devices =
        em.createNativeQuery(
                "select sealed_key, upload_time, reissue_pending, status from device"
                    + " where unit_id = ?1 for update")
            .setParameter(1, unitId)
            .getResultList();
    String deviceId = HEX.formatHex(SecretSealer.randomBytes(16));
    if (devices.isEmpty()) {
      byte[] key = SecretSealer.randomBytes(16);
      String uploadTime = uploadSlot(creditCode);
      insertDevice(unitId, deviceId, key, uploadTime, "register", remote, null);
      return new Registration(deviceId, HEX.formatHex(key), uploadTime);
    }
    Object[] device = (Object[]) devices.get(0);
    boolean reissue = Boolean.TRUE.equals(device[2]);
    if (CONFIRMED.equals(device[3]) && !reissue) {
      throw new RegistrationRefusedException("该单位已注册，如需重新注册请联系省级平台管理员");
    }
    // a rotated key is handed out once, to the next registration; an unconfirmed one gets a new key
    byte[] key = reissue ? sealer.open((String) device[0]) : SecretSealer.randomBytes(16);
    em.createNativeQuery(
            "update device set device_id = ?1, device_hash = ?2, sealed_key = ?3, status = 'pending',"
                + " reissue_pending = false, registered_at = now(), registered_from = ?4,"
                + " confirmed_at = null, confirmed_by = null where unit_id = ?5")
        .setParameter(1, deviceId)
        .setParameter(2, DeviceIds.digest(deviceId))
        .setParameter(3, sealer.seal(key))
        .setParameter(4, clip(remote))
        .setParameter(5, unitId)
        .executeUpdate();
    cache.invalidate();
    return new Registration(deviceId, HEX.formatHex(key), (String) device[1]);
  }

  /**
   * Confirms a pending device: the caller presents the whole deviceId the unit's device shows,
   * which the platform never shows. An enterprise user confirms only the device of its own unit;
   * for a deviceId outside the caller's scope, as for an unknown one, the answer is empty. Recorded
   * in the audit trail, with the device's prefix.
   *
   * @return the confirmed device's unit and whether it was pending until now
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ENTERPRISE_USER})
  public Optional<Confirmation> confirm(String deviceId) {
    Optional<DeviceKey> device = find(deviceId);
    String object = "device " + DeviceIds.masked(deviceId);
    if (device.isEmpty() || !inScope(device.get().creditCode())) {
      audit.record(AuditActions.DEVICE_CONFIRM, object, Outcome.REFUSED, "no such device in scope");
      return Optional.empty();
    }
    int updated =
        em.createNativeQuery(
                "update device set status = 'confirmed', confirmed_at = now(), confirmed_by = ?1"
                    + " where device_hash = ?2 and status = 'pending'")
            .setParameter(1, clip(context.getCallerPrincipal().getName()))
            .setParameter(2, DeviceIds.digest(deviceId))
            .executeUpdate();
    cache.invalidate();
    audit.record(
        AuditActions.DEVICE_CONFIRM,
        object + " of unit " + device.get().creditCode(),
        Outcome.SUCCESS,
        updated == 1 ? "pending → confirmed" : "already confirmed");
    return Optional.of(new Confirmation(device.get().creditCode(), updated == 1));
  }

  /** The unit of a confirmed device, and whether this confirmation changed it from pending. */
  public record Confirmation(String creditCode, boolean wasPending) {}

  /**
   * Sets whether every upload and information change of the unit's device must carry the HMAC-SM3
   * of its body. An enterprise user sets it for its own unit only. Recorded in the audit trail.
   *
   * @return false when the unit has no device in the caller's scope
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ENTERPRISE_USER})
  public boolean requireSignature(String creditCode, boolean required) {
    if (!inScope(creditCode)) {
      return false;
    }
    int updated =
        em.createNativeQuery(
                "update device set require_signature = ?1"
                    + " where unit_id = (select id from key_unit where credit_code = ?2)")
            .setParameter(1, required)
            .setParameter(2, creditCode)
            .executeUpdate();
    cache.invalidate();
    if (updated == 1) {
      audit.record(
          AuditActions.DEVICE_SIGNATURE,
          "unit " + creditCode,
          Outcome.SUCCESS,
          required ? "signature required" : "signature optional");
    }
    return updated == 1;
  }

  /**
   * Gives a unit's device a new key at once: the old key stops decrypting, and the device is
   * pending until it registers once more (which hands out a new deviceId with the new key) and is
   * confirmed again. Recorded in the audit trail.
   */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public void rotateKey(String creditCode) {
    String object = "unit " + creditCode;
    try {
      int updated =
          em.createNativeQuery(
                  "update device set sealed_key = ?1, key_version = key_version + 1,"
                      + " reissue_pending = true, key_rotated_at = now(), status = 'pending',"
                      + " confirmed_at = null, confirmed_by = null"
                      + " where unit_id = (select id from key_unit where credit_code = ?2)")
              .setParameter(1, sealer.seal(SecretSealer.randomBytes(16)))
              .setParameter(2, creditCode)
              .executeUpdate();
      if (updated == 0) {
        throw new IllegalArgumentException(
            "unit " + Quote.of(creditCode) + " has no registered device");
      }
      cache.invalidate();
    } catch (RuntimeException e) {
      audit.failed(AuditActions.KEY_ROTATE, object, e);
      throw e;
    }
    audit.record(AuditActions.KEY_ROTATE, object, Outcome.SUCCESS, null);
  }

  /**
   * Takes over a registration from a previous platform, so that the unit's device keeps its
   * deviceId and key; confirmed, as the administrator vouches for it.
   */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public void importDevice(String creditCode, String deviceId, String secretKeyHex) {
    if (deviceId == null || !deviceId.matches("[0-9a-fA-F]{32}")) {
      throw new IllegalArgumentException("deviceId must be 32 hex digits");
    }
    if (secretKeyHex == null || !secretKeyHex.matches("[0-9a-fA-F]{32}")) {
      throw new IllegalArgumentException("secretKey must be 32 hex digits (a 16-byte SM4 key)");
    }
    List<?> units =
        em.createNativeQuery("select id from key_unit where credit_code = ?1")
            .setParameter(1, creditCode)
            .getResultList();
    if (units.isEmpty()) {
      throw new IllegalArgumentException(
          "unit " + Quote.of(creditCode) + " is not on the key-unit list");
    }
    long unitId = ((Number) units.get(0)).longValue();
    long taken =
        ((Number)
                em.createNativeQuery(
                        "select count(*) from device where device_hash = ?1 or unit_id = ?2")
                    .setParameter(1, DeviceIds.digest(deviceId))
                    .setParameter(2, unitId)
                    .getSingleResult())
            .longValue();
    if (taken > 0) {
      throw new IllegalArgumentException("unit or deviceId already registered");
    }
    insertDevice(
        unitId,
        deviceId.toLowerCase(Locale.ROOT),
        HEX.parseHex(secretKeyHex),
        uploadSlot(creditCode),
        "import",
        null,
        context.getCallerPrincipal().getName());
  }

  private boolean inScope(String creditCode) {
    CallerScope scope = caller.requireScope();
    return switch (scope.kind()) {
      case PROVINCE -> context.isCallerInRole(Roles.PLATFORM_ADMIN);
      case ENTERPRISE -> scope.creditCode().equals(creditCode);
      default -> false;
    };
  }

  private static String clip(String text) {
    return text == null || text.length() <= 64 ? text : text.substring(0, 64);
  }

  /** Inserts a device: pending when registered, confirmed by {@code confirmedBy} when imported. */
  private void insertDevice(
      long unitId,
      String deviceId,
      byte[] key,
      String uploadTime,
      String origin,
      String remote,
      String confirmedBy) {
    em.createNativeQuery(
            "insert into device (device_id, device_hash, unit_id, sealed_key, upload_time, origin,"
                + " registered_from, status, confirmed_at, confirmed_by)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, case when ?8 = 'confirmed' then now() end,"
                + " ?9)")
        .setParameter(1, deviceId)
        .setParameter(2, DeviceIds.digest(deviceId))
        .setParameter(3, unitId)
        .setParameter(4, sealer.seal(key))
        .setParameter(5, uploadTime)
        .setParameter(6, origin)
        .setParameter(7, clip(remote))
        .setParameter(8, confirmedBy == null ? "pending" : CONFIRMED)
        .setParameter(9, confirmedBy == null ? null : clip(confirmedBy))
        .executeUpdate();
    cache.invalidate();
  }

  /** A retired division code counts as the code that replaced it. */
  private boolean sameRegion(String sent, String listed) {
    if (sent == null || sent.isBlank()) {
      return false;
    }
    if (sent.equals(listed)) {
      return true;
    }
    return !em.createNativeQuery("select 1 from region where code = ?1 and successor_code = ?2")
        .setParameter(1, sent)
        .setParameter(2, listed)
        .getResultList()
        .isEmpty();
  }

  /** Spreads units' daily uploads over the configured window, stably per unit. */
  String uploadSlot(String creditCode) {
    String[] window = settings.text("exchange.upload-window").split("-");
    LocalTime from = LocalTime.parse(window[0].trim());
    LocalTime to = LocalTime.parse(window[1].trim());
    long minutes = Math.max(1, java.time.Duration.between(from, to).toMinutes());
    long offset = Math.floorMod(creditCode.hashCode(), minutes);
    return from.plusMinutes(offset).format(DateTimeFormatter.ofPattern("HH:mm:ss"));
  }
}
