package cn.nhjc.province.registry.application;

import cn.nhjc.province.platform.persistence.SqlTimes;
import cn.nhjc.province.platform.security.CallerScope;
import cn.nhjc.province.platform.security.CurrentCaller;
import cn.nhjc.province.platform.security.Roles;
import cn.nhjc.province.registry.domain.DeviceIds;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The registered end devices, for administrators; without their keys or whole deviceIds. */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class DeviceDirectory {

  public static final int MAX_PAGE_SIZE = 500;

  private static final String SELECT =
      "select u.credit_code, u.name, d.device_id, d.origin, d.status, d.key_version,"
          + " d.registered_at, d.registered_from, d.confirmed_at, d.confirmed_by, d.key_rotated_at,"
          + " d.reissue_pending, d.require_signature"
          + " from device d join key_unit u on u.id = d.unit_id";

  @PersistenceContext private EntityManager em;
  @EJB private CurrentCaller caller;

  /** Devices ordered by their unit's credit code, with the number of all devices. */
  public PageResult<DeviceDto> find(int page, int size) {
    return new PageResult<>(count(), page, size, list(page, size));
  }

  public long count() {
    return ((Number) em.createNativeQuery("select count(*) from device").getSingleResult())
        .longValue();
  }

  /** One page of {@link #find} without the count. */
  public List<DeviceDto> list(int page, int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "page must be ≥ 0 and size between 1 and " + MAX_PAGE_SIZE);
    }
    List<?> rows =
        em.createNativeQuery(SELECT + " order by u.credit_code")
            .setFirstResult(page * size)
            .setMaxResults(size)
            .getResultList();
    return rows.stream().map(row -> toDto((Object[]) row)).toList();
  }

  /**
   * The device of the unit with this credit code, if it has one; an enterprise user sees its own
   * unit's only.
   */
  @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ENTERPRISE_USER})
  public Optional<DeviceDto> findByUnit(String creditCode) {
    CallerScope scope = caller.requireScope();
    if (scope.kind() == CallerScope.Kind.ENTERPRISE && !scope.creditCode().equals(creditCode)) {
      return Optional.empty();
    }
    List<?> rows =
        em.createNativeQuery(SELECT + " where u.credit_code = ?1")
            .setParameter(1, creditCode)
            .getResultList();
    return rows.stream().findFirst().map(row -> toDto((Object[]) row));
  }

  /** The device of the calling enterprise user's own unit, if it has one. */
  @RolesAllowed(Roles.ENTERPRISE_USER)
  public Optional<DeviceDto> own() {
    CallerScope scope = caller.requireScope();
    return scope.kind() == CallerScope.Kind.ENTERPRISE
        ? findByUnit(scope.creditCode())
        : Optional.empty();
  }

  private static DeviceDto toDto(Object[] row) {
    return new DeviceDto(
        (String) row[0],
        (String) row[1],
        DeviceIds.masked((String) row[2]),
        (String) row[3],
        (String) row[4],
        ((Number) row[5]).intValue(),
        SqlTimes.instant(row[6]),
        (String) row[7],
        SqlTimes.instant(row[8]),
        (String) row[9],
        SqlTimes.instant(row[10]),
        Boolean.TRUE.equals(row[11]),
        Boolean.TRUE.equals(row[12]));
  }
}
