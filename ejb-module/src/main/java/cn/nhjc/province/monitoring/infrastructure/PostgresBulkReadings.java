package cn.nhjc.province.monitoring.infrastructure;

import cn.nhjc.province.monitoring.application.BulkReadings;
import cn.nhjc.province.monitoring.domain.ReadingPoint;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * {@link BulkReadings} by PostgreSQL's COPY: one statement streams all readings as text, without
 * the per-row work of an insert. Runs in the caller's transaction.
 */
@Stateless
@Local(BulkReadings.class)
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PostgresBulkReadings implements BulkReadings {

  @Resource(lookup = "java:jboss/datasources/EnergyDS")
  private DataSource dataSource;

  @Override
  public long copyNew(List<ReadingPoint> readings, Function<ReadingPoint, Instant> receivedAt) {
    StringBuilder rows = new StringBuilder(readings.size() * 64);
    for (ReadingPoint point : readings) {
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
          .append('\t')
          .append(receivedAt.apply(point))
          .append('\n');
    }
    try (Connection db = dataSource.getConnection()) {
      return db.unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "copy reading (unit_id, data_code, stat_type, stat_date, value, input_type, valid,"
                  + " received_at)"
                  + " from stdin",
              new StringReader(rows.toString()));
    } catch (SQLException e) {
      throw new ReadingStoreException("could not copy " + readings.size() + " readings", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
