package cn.nhjc.province.registry.application;

import cn.nhjc.province.platform.config.PlatformSettings;
import cn.nhjc.province.platform.input.Quote;
import cn.nhjc.province.platform.security.Roles;
import cn.nhjc.province.platform.security.SecretSealer;
import cn.nhjc.province.registry.domain.CreditCodes;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
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
import java.util.Optional;

/**
 * The end devices of registered units and their SM4 keys. Keys are generated here, sealed under the
 * master key for storage, and opened only to decrypt a unit's uploads or to answer its register.
 */
@Stateless
@PermitAll
public class DeviceRegistry {
  private static final HexFormat HEX = HexFormat.of();

  @PersistenceContext private EntityManager em;
  @Inject private SecretSealer sealer;
  @EJB private PlatformSettings settings;
  @EJB private DeviceKeyCache cache;

  /** A registered device with its key opened, for decrypting one request. */
  public record DeviceKey(
      String deviceId, long unitId, String creditCode, byte[] key, int configVersion) {}

  /** What {@code register} hands out. */
  public record Registration(String deviceId, String secretKey, String uploadTime) {}

  /**
   * Read on every request of a device: kept for a few seconds ({@link DeviceKeyCache}); no
   * transaction of its own (one query, nothing written).
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<DeviceKey> find(String deviceId) {
    return cache.find(deviceId, this::load);
  }

  private Optional<DeviceKey> load(String deviceId) {
    List<?> rows =
        em.createNativeQuery(
                "select d.device_id, u.id, u.credit_code, d.sealed_key, u.config_version"
                    + " from device d join key_unit u on u.id = d.unit_id where d.device_id = ?1")
            .setParameter(1, deviceId)
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
            ((Number) row[4]).intValue()));
  }

  /**
   * Registers a listed unit's device. A unit registers once; after a key rotation it may register
   * once more and gets its device back with the new key.
   *
   * @throws RegistrationRefusedException with the protocol's message
   */
  public Registration register(String regionCode, String creditCode) {
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
                "select device_id, sealed_key, upload_time, reissue_pending from device"
                    + " where unit_id = ?1 for update")
            .setParameter(1, unitId)
            .getResultList();
    if (!devices.isEmpty()) {
      Object[] device = (Object[]) devices.get(0);
      if (!Boolean.TRUE.equals(device[3])) {
        throw new RegistrationRefusedException("该单位已注册，如需重新注册请联系省级平台管理员");
      }
      em.createNativeQuery("update device set reissue_pending = false where unit_id = ?1")
          .setParameter(1, unitId)
          .executeUpdate();
      return new Registration(
          (String) device[0], HEX.formatHex(sealer.open((String) device[1])), (String) device[2]);
    }
    String deviceId = HEX.formatHex(SecretSealer.randomBytes(16));
    byte[] key = SecretSealer.randomBytes(16);
    String uploadTime = uploadSlot(creditCode);
    insertDevice(unitId, deviceId, key, uploadTime, "register");
    return new Registration(deviceId, HEX.formatHex(key), uploadTime);
  }

  /**
   * Gives a unit a new key at once (the old one stops decrypting) and lets it register once more to
   * fetch it.
   */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public void rotateKey(String creditCode) {
    int updated =
        em.createNativeQuery(
                "update device set sealed_key = ?1, key_version = key_version + 1,"
                    + " reissue_pending = true, key_rotated_at = now()"
                    + " where unit_id = (select id from key_unit where credit_code = ?2)")
            .setParameter(1, sealer.seal(SecretSealer.randomBytes(16)))
            .setParameter(2, creditCode)
            .executeUpdate();
    if (updated == 0) {
      throw new IllegalArgumentException(
          "unit " + Quote.of(creditCode) + " has no registered device");
    }
    cache.invalidate();
  }

  /**
   * Takes over a registration from a previous platform, so that the unit's device keeps its
   * deviceId and key.
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
                        "select count(*) from device where device_id = ?1 or unit_id = ?2")
                    .setParameter(1, deviceId.toLowerCase())
                    .setParameter(2, unitId)
                    .getSingleResult())
            .longValue();
    if (taken > 0) {
      throw new IllegalArgumentException("unit or deviceId already registered");
    }
    insertDevice(
        unitId,
        deviceId.toLowerCase(),
        HEX.parseHex(secretKeyHex),
        uploadSlot(creditCode),
        "import");
  }

  private void insertDevice(
      long unitId, String deviceId, byte[] key, String uploadTime, String origin) {
    em.createNativeQuery(
            "insert into device (device_id, unit_id, sealed_key, upload_time, origin)"
                + " values (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, deviceId)
        .setParameter(2, unitId)
        .setParameter(3, sealer.seal(key))
        .setParameter(4, uploadTime)
        .setParameter(5, origin)
        .executeUpdate();
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
