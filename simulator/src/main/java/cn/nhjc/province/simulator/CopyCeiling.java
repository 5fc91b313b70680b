package cn.nhjc.province.simulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;

/**
 * The ceiling the platform is compared with: the same rows COPYed straight into a fresh, logged
 * table shaped and keyed like {@code energy.reading}. Only the COPY is timed.
 */
final class CopyCeiling {

  private static final String TABLE = "public.bench_copy_ceiling";

  private CopyCeiling() {}

  /** Returns the rows per second of the COPY. */
  static double measure(Connection db, byte[] rows, long rowCount)
      throws SQLException, IOException {
    db.setAutoCommit(true);
    try (Statement ddl = db.createStatement()) {
      ddl.execute("drop table if exists " + TABLE);
      ddl.execute(
          "create table "
              + TABLE
              + " (unit_id bigint not null, data_code varchar(20) not null,"
              + " stat_type smallint not null, stat_date timestamptz not null,"
              + " value numeric(20,6) not null, input_type smallint not null,"
              + " valid smallint not null default 1,"
              + " primary key (unit_id, data_code, stat_type, stat_date))");
    }
    try {
      long start = System.nanoTime();
      long copied =
          db.unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn(
                  "copy "
                      + TABLE
                      + " (unit_id, data_code, stat_type, stat_date, value, input_type, valid)"
                      + " from stdin",
                  new ByteArrayInputStream(rows));
      double seconds = (System.nanoTime() - start) / 1e9;
      if (copied != rowCount) {
        throw new SQLException("COPY stored " + copied + " rows, expected " + rowCount);
      }
      return copied / seconds;
    } finally {
      try (Statement ddl = db.createStatement()) {
        ddl.execute("drop table if exists " + TABLE);
      }
    }
  }
}
