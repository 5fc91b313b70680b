package cn.nhjc.province.monitoring.infrastructure;

import cn.nhjc.province.monitoring.application.ReadingStore;
import cn.nhjc.province.monitoring.domain.StatType;
import cn.nhjc.province.monitoring.domain.UnitReadings;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * {@link ReadingStore} in PostgreSQL. Runs in the caller's transaction.
 *
 * <p>{@link #merge} stores new readings by a plain insert, and when some are stored already, by one
 * merging statement that writes the revisions ({@code reading_revision}) and marks daily and
 * monthly values for the rollups ({@code rollup_dirty}). {@link #lockReadings} takes
 * transaction-scoped advisory locks, {@link #limitLockWaits} sets {@code lock_timeout}.
 */
@Stateless
@Local(ReadingStore.class)
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PostgresReadingStore implements ReadingStore {

  /**
   * The start that {@link #MERGE} and {@link #INSERT_NEW} share, with their first seven parameters
   * ({@link #bind}): the uploads (unit, source, id, time accepted) and the daily and monthly
   * readings marked for the rollups.
   */
  private static final String UPLOADS_AND_MARKED =
      """
      with uploads as (
        select u.upload_no, u.unit_id, u.source, u.upload_id,
               timestamptz 'epoch' + u.received_micros * interval '1 microsecond' as received_at
          from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::bigint[]) with ordinality
            as u(unit_id, source, upload_id, received_micros, upload_no)
      ), marked as (
        insert into rollup_dirty (unit_id, stat_type, stat_date)
        select d.unit_id, d.stat_type, timestamptz 'epoch' + d.stat_epoch * interval '1 second'
          from unnest(?::bigint[], ?::smallint[], ?::bigint[]) as d(unit_id, stat_type, stat_epoch)
      """;

  // What is stored is found by one range scan of the key per unit, dataCode, statType and UTC day
  // among the incoming readings (a day's 96 quarter-hours of an item: two scans, not 96 probes;
  // 2,080 new readings 14.0 → 10.5 ms, measured 2026-12-06, docs/benchmarks.md "What we tried"),
  // matched to them by a hash join; new readings are then inserted plainly, stored ones replaced by
  // an update of the same statement. Plain inserts are safe because two batches that could hold the
  // same key never
  // store at the same time (lockReadings); were one to slip through, its unique violation rolls
  // the batch back for redelivery, and the next try finds the key stored. Against "insert … on
  // conflict do update" beside a join for the revisions, this saves a probe and the speculative
  // insertion per reading: a batch of 3,313 new readings 30.5 → 24.5 ms (EXPLAIN ANALYZE,
  // docs/benchmarks.md).
  private static final String MERGE =
      UPLOADS_AND_MARKED
          + """
      ), arriving as materialized (
        select u.unit_id, t.data_code, t.stat_type::smallint as stat_type, t.stat_epoch,
               timestamptz 'epoch' + t.stat_epoch * interval '1 second' as stat_date, t.value,
               t.input_type::smallint as input_type, t.valid::smallint as valid, t.out_of_range,
               u.source, u.upload_id, u.received_at
          from unnest(?::int[], ?::varchar[], ?::int[], ?::bigint[], ?::numeric[], ?::int[],
                      ?::int[], ?::boolean[])
            as t(upload_no, data_code, stat_type, stat_epoch, value, input_type, valid,
                 out_of_range)
          join uploads u using (upload_no)
      ), stored as materialized (
        select r.unit_id, r.data_code, r.stat_type, r.stat_date, r.value, r.input_type, r.valid,
               r.source, r.upload_id, r.received_at
          from (select distinct unit_id, data_code, stat_type, stat_epoch / 86400 as day
                  from arriving) g
          join reading r
            on r.unit_id = g.unit_id and r.data_code = g.data_code and r.stat_type = g.stat_type
           and r.stat_date >= timestamptz 'epoch' + g.day * interval '1 day'
           and r.stat_date < timestamptz 'epoch' + (g.day + 1) * interval '1 day'
      ), incoming as materialized (
        select a.unit_id, a.data_code, a.stat_type, a.stat_date, a.value, a.input_type, a.valid,
               a.out_of_range, a.source, a.upload_id, a.received_at,
               s.value as stored_value, s.input_type as stored_input_type,
               s.valid as stored_valid, s.source as stored_source,
               s.upload_id as stored_upload_id, s.received_at as stored_received_at
          from arriving a
          left join stored s
            on s.unit_id = a.unit_id and s.data_code = a.data_code
           and s.stat_type = a.stat_type and s.stat_date = a.stat_date
      ), changed as (
        select * from incoming
         where stored_received_at is not null
           and (stored_value <> value or stored_input_type <> input_type)
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
      ), replaced as (
        update reading r set
          value = i.value, input_type = i.input_type, valid = i.valid,
          out_of_range = i.out_of_range, source = i.source,
          upload_id = i.upload_id, received_at = i.received_at
          from incoming i
         where i.stored_received_at is not null and i.stored_received_at <= i.received_at
           and r.unit_id = i.unit_id and r.data_code = i.data_code
           and r.stat_type = i.stat_type and r.stat_date = i.stat_date
      )
      insert into reading (unit_id, data_code, stat_type, stat_date, value, input_type, valid,
                           out_of_range, source, upload_id, received_at)
      select unit_id, data_code, stat_type, stat_date, value, input_type, valid,
             out_of_range, source, upload_id, received_at
        from incoming where stored_received_at is null
      """;

  @Resource(lookup = "java:jboss/datasources/EnergyDS")
  private DataSource dataSource;

  /**
   * Stores the items of uploads that are all new, as {@link #MERGE} would store them: the readings
   * inserted, the daily and monthly ones marked for the rollups. Without looking for stored values:
   * the primary key refuses a stored one (unique violation), and {@link #merge} then merges.
   */
  private static final String INSERT_NEW =
      UPLOADS_AND_MARKED
          + """
      )
      insert into reading (unit_id, data_code, stat_type, stat_date, value, input_type, valid,
                           out_of_range, source, upload_id, received_at)
      select u.unit_id, t.data_code, t.stat_type,
             timestamptz 'epoch' + t.stat_epoch * interval '1 second', t.value, t.input_type,
             t.valid, t.out_of_range, u.source, u.upload_id, u.received_at
        from unnest(?::int[], ?::varchar[], ?::int[], ?::bigint[], ?::numeric[], ?::int[],
                    ?::int[], ?::boolean[])
          as t(upload_no, data_code, stat_type, stat_epoch, value, input_type, valid,
               out_of_range)
        join uploads u using (upload_no)
      """;

  /** PostgreSQL's SQLSTATE of a unique violation. */
  private static final String UNIQUE_VIOLATION = "23505";

  // Most uploads bring only new readings (a day that has passed, the next quarter-hours), so they
  // are first inserted as new (INSERT_NEW) inside a savepoint; if any of them is stored already,
  // the primary key refuses the insert, the savepoint is rolled back and the uploads are merged
  // (MERGE), which keeps replaced values as revisions. The insert saves the merge's search for
  // stored values and its intermediate rows: a batch of 4,142 daily readings 23.5 → 17 ms (EXPLAIN
  // ANALYZE, measured 2026-12-06, docs/benchmarks.md "What we tried").
  @Override
  public void merge(List<Placed> uploads) {
    Columns columns = new Columns(uploads);
    try (Connection db = dataSource.getConnection()) {
      if (!insertNew(db, columns)) {
        mergeStored(db, columns);
      }
    } catch (SQLException e) {
      throw new ReadingStoreException("could not store " + columns.size + " readings", e);
    }
  }

  /**
   * Inserts the readings as new; false, with nothing stored, when one of them is stored already.
   */
  private static boolean insertNew(Connection db, Columns columns) throws SQLException {
    try (Statement savepoint = db.createStatement()) {
      savepoint.execute("savepoint readings_new");
      try (PreparedStatement insert = db.prepareStatement(INSERT_NEW)) {
        bind(db, insert, columns);
        insert.executeUpdate();
      } catch (SQLException e) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
          throw e;
        }
        savepoint.execute("rollback to savepoint readings_new");
        savepoint.execute("release savepoint readings_new");
        return false;
      }
      savepoint.execute("release savepoint readings_new");
      return true;
    }
  }

  /**
   * Binds the columns to {@link #INSERT_NEW} or {@link #MERGE}, whose parameters are the same: the
   * uploads, the readings for the rollups, the items.
   */
  private static void bind(Connection db, PreparedStatement statement, Columns columns)
      throws SQLException {
    statement.setArray(1, db.createArrayOf("int8", columns.units));
    statement.setArray(2, db.createArrayOf("varchar", columns.sources));
    statement.setArray(3, db.createArrayOf("varchar", columns.uploadIds));
    statement.setArray(4, db.createArrayOf("int8", columns.receivedMicros));
    statement.setArray(5, db.createArrayOf("int8", columns.dirtyUnits));
    statement.setArray(6, db.createArrayOf("int2", columns.dirtyTypes));
    statement.setArray(7, db.createArrayOf("int8", columns.dirtyEpochs));
    statement.setArray(8, db.createArrayOf("int4", columns.uploadNumbers));
    statement.setArray(9, db.createArrayOf("varchar", columns.codes));
    statement.setArray(10, db.createArrayOf("int4", columns.statTypes));
    statement.setArray(11, db.createArrayOf("int8", columns.statEpochs));
    statement.setArray(12, db.createArrayOf("numeric", columns.values));
    statement.setArray(13, db.createArrayOf("int4", columns.inputTypes));
    statement.setArray(14, db.createArrayOf("int4", columns.valid));
    statement.setArray(15, db.createArrayOf("bool", columns.outOfRange));
  }

  private static void mergeStored(Connection db, Columns columns) throws SQLException {
    try (PreparedStatement merge = db.prepareStatement(MERGE)) {
      bind(db, merge, columns);
      merge.executeUpdate();
    }
  }

  /**
   * The uploads as columns: per upload its unit, source, id and time accepted; per item the
   * upload's number and the values; the distinct daily and monthly readings for the rollups. Times
   * travel as epoch numbers, which are cheaper to send than timestamp text.
   */
  private static final class Columns {
    final int size;
    final Long[] units;
    final String[] sources;
    final String[] uploadIds;
    final Long[] receivedMicros;
    final Integer[] uploadNumbers;
    final String[] codes;
    final Integer[] statTypes;
    final Long[] statEpochs;
    final BigDecimal[] values;
    final Integer[] inputTypes;
    final Integer[] valid;
    final Boolean[] outOfRange;
    final Long[] dirtyUnits;
    final Short[] dirtyTypes;
    final Long[] dirtyEpochs;

    Columns(List<Placed> uploads) {
      int count = uploads.size();
      units = new Long[count];
      sources = new String[count];
      uploadIds = new String[count];
      receivedMicros = new Long[count];
      size = uploads.stream().mapToInt(p -> p.readings().readings().size()).sum();
      uploadNumbers = new Integer[size];
      codes = new String[size];
      statTypes = new Integer[size];
      statEpochs = new Long[size];
      values = new BigDecimal[size];
      inputTypes = new Integer[size];
      valid = new Integer[size];
      outOfRange = new Boolean[size];
      record Dirty(long unitId, int statType, long statEpoch) {}
      java.util.Set<Dirty> dirty = new java.util.LinkedHashSet<>();
      int i = 0;
      for (int u = 0; u < count; u++) {
        UnitReadings upload = uploads.get(u).readings();
        units[u] = uploads.get(u).unitId();
        sources[u] = upload.source();
        uploadIds[u] = upload.uploadId();
        receivedMicros[u] =
            upload.acceptedAt().getEpochSecond() * 1_000_000
                + upload.acceptedAt().getNano() / 1_000;
        for (UnitReadings.Reading item : upload.readings()) {
          uploadNumbers[i] = u + 1;
          codes[i] = item.dataCode();
          statTypes[i] = item.statType();
          statEpochs[i] = item.statDate().getEpochSecond();
          values[i] = item.value();
          inputTypes[i] = item.inputType();
          valid[i] = item.valid();
          outOfRange[i] = item.outOfRange();
          if (StatType.isRolledUp(item.statType())) {
            dirty.add(new Dirty(units[u], item.statType(), statEpochs[i]));
          }
          i++;
        }
      }
      dirtyUnits = dirty.stream().map(Dirty::unitId).toArray(Long[]::new);
      dirtyTypes = dirty.stream().map(d -> (short) d.statType()).toArray(Short[]::new);
      dirtyEpochs = dirty.stream().map(Dirty::statEpoch).toArray(Long[]::new);
    }
  }

  // lock_timeout, local to the transaction: the waiting statement fails with SQLSTATE 55P03
  @Override
  public void limitLockWaits(int millis) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement limit =
            db.prepareStatement("select set_config('lock_timeout', ?, true)")) {
      limit.setString(1, millis + "ms");
      limit.executeQuery().close();
    } catch (SQLException e) {
      throw new ReadingStoreException("could not limit the lock waits", e);
    }
  }

  /** How many locks one unit's readings are spread over, by the day of their statDate. */
  static final int LOCKS_PER_UNIT = 32;

  // transaction-scoped advisory locks on (unit, day of statDate modulo LOCKS_PER_UNIT), taken in
  // one statement in key order so that two batches never deadlock
  @Override
  public void lockReadings(List<Placed> uploads, int lockSpace) {
    Integer[] keys = lockKeys(uploads);
    try (Connection db = dataSource.getConnection();
        PreparedStatement lock =
            db.prepareStatement(
                "select count(pg_advisory_xact_lock(?, k)) from"
                    + " (select unnest(?::int[]) as k order by 1) as keys")) {
      lock.setInt(1, lockSpace);
      lock.setArray(2, db.createArrayOf("int4", keys));
      lock.executeQuery().close();
    } catch (SQLException e) {
      throw new ReadingStoreException(
          "could not lock the readings of " + uploads.size() + " uploads", e);
    }
  }

  /** The distinct lock keys of the uploads' readings, in order. */
  static Integer[] lockKeys(List<Placed> uploads) {
    java.util.TreeSet<Integer> keys = new java.util.TreeSet<>();
    for (Placed placed : uploads) {
      for (UnitReadings.Reading item : placed.readings().readings()) {
        // the calendar day: one day's upload, whose readings all start within that day, takes one
        // lock, where the UTC day would split it in two and make neighbouring days collide
        long day =
            java.time.LocalDate.ofInstant(item.statDate(), StatType.CALENDAR_ZONE).toEpochDay();
        keys.add(
            Math.toIntExact(placed.unitId() * LOCKS_PER_UNIT + Math.floorMod(day, LOCKS_PER_UNIT)));
      }
    }
    return keys.toArray(Integer[]::new);
  }

  @Override
  public java.util.Set<String> claim(List<Placed> uploads) {
    int size = uploads.size();
    String[] ids = new String[size];
    Long[] units = new Long[size];
    Integer[] points = new Integer[size];
    for (int i = 0; i < size; i++) {
      ids[i] = uploads.get(i).readings().uploadId();
      units[i] = uploads.get(i).unitId();
      points[i] = uploads.get(i).readings().readings().size();
    }
    java.util.Set<String> claimed = new java.util.HashSet<>();
    try (Connection db = dataSource.getConnection();
        PreparedStatement insert =
            db.prepareStatement(
                "insert into intake_receipt (message_id, unit_id, points)"
                    + " select * from unnest(?::varchar[], ?::bigint[], ?::int[])"
                    + " on conflict (message_id) do nothing returning message_id")) {
      insert.setArray(1, db.createArrayOf("varchar", ids));
      insert.setArray(2, db.createArrayOf("int8", units));
      insert.setArray(3, db.createArrayOf("int4", points));
      try (java.sql.ResultSet rows = insert.executeQuery()) {
        while (rows.next()) {
          claimed.add(rows.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new ReadingStoreException("could not claim " + size + " receipts", e);
    }
    return claimed;
  }

  // Autovacuum analyzes each partition of reading but never the partitioned table, whose
  // statistics the planner uses when it joins readings with other rows (3.3 s on 68 million
  // readings, docs/benchmarks.md).
  @Override
  public void analyze() {
    try (Connection db = dataSource.getConnection();
        PreparedStatement analyze = db.prepareStatement("analyze reading")) {
      analyze.execute();
    } catch (SQLException e) {
      throw new ReadingStoreException("could not analyze the readings", e);
    }
  }
}
