package cn.nhjc.province.monitoring.infrastructure;

import cn.nhjc.province.monitoring.domain.ReadingPoint;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Writes readings. Upserts are idempotent on (unit, dataCode, statType, statDate): storing the same
 * point twice leaves one row. Runs in the caller's transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ReadingStore {

  private static final String UPSERT =
      "insert into reading (unit_id, data_code, stat_type, stat_date, value, input_type, valid)"
          + " values (?, ?, ?, ?, ?, ?, ?)"
          + " on conflict (unit_id, data_code, stat_type, stat_date) do update set"
          + " value = excluded.value, input_type = excluded.input_type, valid = excluded.valid,"
          + " received_at = now()";

  @Resource(lookup = "java:jboss/datasources/EnergyDS")
  private DataSource dataSource;

  public void upsert(List<ReadingPoint> points) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement upsert = db.prepareStatement(UPSERT)) {
      for (ReadingPoint point : points) {
        upsert.setLong(1, point.unitId());
        upsert.setString(2, point.dataCode());
        upsert.setInt(3, point.statType());
        upsert.setTimestamp(4, Timestamp.from(point.statDate()));
        upsert.setBigDecimal(5, point.value());
        upsert.setInt(6, point.inputType());
        upsert.setInt(7, point.valid());
        upsert.addBatch();
      }
      upsert.executeBatch();
    } catch (SQLException e) {
      throw new ReadingStoreException("could not store " + points.size() + " readings", e);
    }
  }

  /**
   * Bulk-loads points that are known to be new (the demo province's history) with COPY; a key
   * conflict fails the whole load.
   */
  public long copyNew(List<ReadingPoint> points) {
    StringBuilder rows = new StringBuilder(points.size() * 64);
    for (ReadingPoint point : points) {
      rows.append(point.unitId())
          .append('\t')
          .append(point.dataCode())
          .append('\t')
          .append(point.statType())
          .append('\t')
          .append(point.statDate())
          .append('\t')
          .append(point.value().toPlainString())
          .append('\t')
          .append(point.inputType())
          .append('\t')
          .append(point.valid())
          .append('\n');
    }
    try (Connection db = dataSource.getConnection()) {
      return db.unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "copy reading (unit_id, data_code, stat_type, stat_date, value, input_type, valid)"
                  + " from stdin",
              new StringReader(rows.toString()));
    } catch (SQLException e) {
      throw new ReadingStoreException("could not copy " + points.size() + " readings", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
