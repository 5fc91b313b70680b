package cn.nhjc.province.monitoring.infrastructure;

import cn.nhjc.province.exchange.domain.UploadBatch;
import cn.nhjc.province.monitoring.domain.ReadingPoint;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Writes readings. Runs in the caller's transaction.
 *
 * <p>{@link #merge} stores one upload in a single statement, idempotently on (unit, dataCode,
 * statType, statDate). When a stored value differs from the incoming one, the older of the two (by
 * the time the front-end processor accepted it) goes to {@code reading_revision} and the newer one
 * stays in {@code reading}, whatever order uploads are stored in.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ReadingStore {

  private static final String MERGE =
      """
      with incoming as (
        select ?::bigint as unit_id, t.data_code, t.stat_type::smallint as stat_type, t.stat_date,
               t.value, t.input_type::smallint as input_type, t.valid::smallint as valid,
               t.out_of_range, ?::varchar as source, ?::varchar as upload_id,
               ?::timestamptz as received_at
          from unnest(?::varchar[], ?::int[], ?::timestamptz[], ?::numeric[], ?::int[], ?::int[],
                      ?::boolean[])
            as t(data_code, stat_type, stat_date, value, input_type, valid, out_of_range)
      ), changed as (
        select r.unit_id, r.data_code, r.stat_type, r.stat_date,
               r.value as stored_value, r.input_type as stored_input_type, r.valid as stored_valid,
               r.source as stored_source, r.upload_id as stored_upload_id,
               r.received_at as stored_received_at,
               i.value, i.input_type, i.valid, i.source, i.upload_id, i.received_at
          from reading r
          join incoming i using (unit_id, data_code, stat_type, stat_date)
         where r.value <> i.value or r.input_type <> i.input_type
      ), revised as (
        insert into reading_revision (unit_id, data_code, stat_type, stat_date, value, input_type,
                                      valid, source, upload_id, received_at, superseded_by)
        select unit_id, data_code, stat_type, stat_date, stored_value, stored_input_type,
               stored_valid, stored_source, stored_upload_id, stored_received_at, upload_id
          from changed where stored_received_at <= received_at
        union all
        select unit_id, data_code, stat_type, stat_date, value, input_type,
               valid, source, upload_id, received_at, stored_upload_id
          from changed where stored_received_at > received_at
      )
      insert into reading (unit_id, data_code, stat_type, stat_date, value, input_type, valid,
                           out_of_range, source, upload_id, received_at)
      select unit_id, data_code, stat_type, stat_date, value, input_type, valid,
             out_of_range, source, upload_id, received_at
        from incoming
      on conflict (unit_id, data_code, stat_type, stat_date) do update set
        value = excluded.value, input_type = excluded.input_type, valid = excluded.valid,
        out_of_range = excluded.out_of_range, source = excluded.source,
        upload_id = excluded.upload_id, received_at = excluded.received_at
      where reading.received_at <= excluded.received_at
      """;

  @Resource(lookup = "java:jboss/datasources/EnergyDS")
  private DataSource dataSource;

  /** Stores an upload's items for a unit; the batch's items carry no key twice. */
  public void merge(long unitId, UploadBatch batch) {
    int size = batch.items().size();
    String[] codes = new String[size];
    Integer[] statTypes = new Integer[size];
    Timestamp[] statDates = new Timestamp[size];
    BigDecimal[] values = new BigDecimal[size];
    Integer[] inputTypes = new Integer[size];
    Integer[] valid = new Integer[size];
    Boolean[] outOfRange = new Boolean[size];
    for (int i = 0; i < size; i++) {
      UploadBatch.Item item = batch.items().get(i);
      codes[i] = item.dataCode();
      statTypes[i] = item.statType();
      statDates[i] = Timestamp.from(item.statDate());
      values[i] = item.value();
      inputTypes[i] = item.inputType();
      valid[i] = item.valid();
      outOfRange[i] = item.outOfRange();
    }
    try (Connection db = dataSource.getConnection();
        PreparedStatement merge = db.prepareStatement(MERGE)) {
      merge.setLong(1, unitId);
      merge.setString(2, batch.source());
      merge.setString(3, batch.uploadId());
      merge.setTimestamp(4, Timestamp.from(batch.acceptedAt()));
      merge.setArray(5, db.createArrayOf("varchar", codes));
      merge.setArray(6, db.createArrayOf("int4", statTypes));
      merge.setArray(7, db.createArrayOf("timestamptz", statDates));
      merge.setArray(8, db.createArrayOf("numeric", values));
      merge.setArray(9, db.createArrayOf("int4", inputTypes));
      merge.setArray(10, db.createArrayOf("int4", valid));
      merge.setArray(11, db.createArrayOf("bool", outOfRange));
      merge.executeUpdate();
    } catch (SQLException e) {
      throw new ReadingStoreException("could not store " + size + " readings", e);
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
