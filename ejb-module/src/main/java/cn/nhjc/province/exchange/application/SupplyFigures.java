package cn.nhjc.province.exchange.application;

import cn.nhjc.province.exchange.domain.SupplyFigure;
import cn.nhjc.province.platform.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** The registered energy suppliers and the supply figures they sent. */
@Stateless
@RolesAllowed(Roles.ENERGY_SUPPLIER)
public class SupplyFigures {
  private static final int BATCH = 500;

  @Resource(lookup = "java:jboss/datasources/EnergyDS")
  private DataSource dataSource;

  /** A registered supplier and the energy types it supplies. */
  public record Supplier(long id, String creditCode, String name, Set<String> energyTypeCodes) {}

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Supplier> supplier(String creditCode) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement sql =
            db.prepareStatement(
                "select id, name, energy_type_codes from energy_supplier where credit_code = ?")) {
      sql.setString(1, creditCode);
      try (ResultSet row = sql.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Supplier(row.getLong(1), creditCode, row.getString(2), types(row.getString(3))));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the energy suppliers", e);
    }
  }

  /** The ids of those of the given credit codes that are on the key-unit list. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Map<String, Long> listedUnits(Collection<String> creditCodes) {
    Map<String, Long> ids = new HashMap<>();
    if (creditCodes.isEmpty()) {
      return ids;
    }
    try (Connection db = dataSource.getConnection();
        PreparedStatement sql =
            db.prepareStatement(
                "select credit_code, id from key_unit where credit_code = any (?)")) {
      sql.setArray(1, db.createArrayOf("varchar", creditCodes.toArray()));
      try (ResultSet rows = sql.executeQuery()) {
        while (rows.next()) {
          ids.put(rows.getString(1), rows.getLong(2));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the key-unit list", e);
    }
  }

  /** Stores a whole request in one transaction; a figure sent again replaces the stored one. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void store(long supplierId, List<SupplyFigure> figures, String uploadId, Instant at) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement upsert =
            db.prepareStatement(
                "insert into supply_figure (supplier_id, unit_id, energy_type_code, stat_type,"
                    + " stat_date, amount, received_at, upload_id) values (?, ?, ?, ?, ?, ?, ?, ?)"
                    + " on conflict (supplier_id, unit_id, energy_type_code, stat_type, stat_date)"
                    + " do update set amount = excluded.amount,"
                    + " received_at = excluded.received_at, upload_id = excluded.upload_id")) {
      OffsetDateTime receivedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
      int pending = 0;
      for (SupplyFigure figure : figures) {
        upsert.setLong(1, supplierId);
        upsert.setLong(2, figure.unitId());
        upsert.setString(3, figure.energyTypeCode());
        upsert.setShort(4, (short) figure.statType());
        upsert.setObject(5, OffsetDateTime.ofInstant(figure.statDate(), ZoneOffset.UTC));
        upsert.setBigDecimal(6, figure.amount());
        upsert.setObject(7, receivedAt);
        upsert.setString(8, uploadId);
        upsert.addBatch();
        if (++pending == BATCH) {
          upsert.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        upsert.executeBatch();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store supply figures", e);
    }
  }

  static Set<String> types(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(","))
        .map(String::trim)
        .filter(code -> !code.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
