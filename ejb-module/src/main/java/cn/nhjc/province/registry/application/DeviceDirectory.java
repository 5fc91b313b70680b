package cn.nhjc.province.registry.application;

import cn.nhjc.province.platform.persistence.SqlTimes;
import cn.nhjc.province.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The registered end devices, for administrators; without their keys. */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class DeviceDirectory {

  public static final int MAX_PAGE_SIZE = 500;

  private static final String SELECT =
      "select u.credit_code, u.name, d.device_id, d.origin, d.key_version, d.registered_at,"
          + " d.key_rotated_at, d.reissue_pending from device d join key_unit u on u.id = d.unit_id";

  @PersistenceContext private EntityManager em;

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

  /** The device of the unit with this credit code, if it has one. */
  public Optional<DeviceDto> findByUnit(String creditCode) {
    List<?> rows =
        em.createNativeQuery(SELECT + " where u.credit_code = ?1")
            .setParameter(1, creditCode)
            .getResultList();
    return rows.stream().findFirst().map(row -> toDto((Object[]) row));
  }

  private static DeviceDto toDto(Object[] row) {
    return new DeviceDto(
        (String) row[0],
        (String) row[1],
        (String) row[2],
        (String) row[3],
        ((Number) row[4]).intValue(),
        SqlTimes.instant(row[5]),
        SqlTimes.instant(row[6]),
        Boolean.TRUE.equals(row[7]));
  }
}
