package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.platform.persistence.SchemaMigrations;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The migrations build the whole schema and the dictionaries in an empty PostgreSQL database. */
class MigrationsIT {

  @Test
  void migrations_apply_to_an_empty_database_and_load_the_dictionaries() throws Exception {
    PGSimpleDataSource empty = emptyDatabase("migrations_");

    MigrateResult result = SchemaMigrations.migrate(empty);
    assertTrue(result.success);
    assertTrue(result.migrationsExecuted >= 2, "schema and reference data");
    assertEquals(
        0, SchemaMigrations.migrate(empty).migrationsExecuted, "a second run changes nothing");

    try (Connection connection = empty.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("set search_path to energy");
      assertEquals(
          11,
          count(
              sql, "select count(*) from region where parent_code = '130000' and level = 'city'"));
      assertEquals(
          1,
          count(
              sql, "select count(*) from region where code = '370676' and parent_code = '370600'"));
      assertEquals(
          1,
          count(
              sql,
              "select count(*) from region where code = '370672' and retired"
                  + " and successor_code = '370676'"),
          "the Yantai development zone code seen in real traffic still resolves");
      assertEquals(1, count(sql, "select count(*) from industry where code = 'C3011'"));
      try (ResultSet electricity =
          sql.executeQuery(
              "select kgce_per_unit from energy_coefficient where energy_type_code = '3300'")) {
        electricity.next();
        assertEquals(0, new BigDecimal("0.1229").compareTo(electricity.getBigDecimal(1)));
      }
      assertEquals(2, count(sql, "select count(*) from dictionary_version"));
      // version 2: products graded by limit standards, economic indicators
      assertEquals(
          13, count(sql, "select count(*) from dictionary_entry where dictionary_no = 10"));
      assertEquals(
          13,
          count(sql, "select count(*) from limit_standard where product_item_code is not null"));
      assertEquals(2, count(sql, "select count(*) from dictionary_entry where dictionary_no = 12"));
    }
  }

  @Test
  void a_unit_with_readings_cannot_be_deleted() throws Exception {
    PGSimpleDataSource empty = migratedDatabase("unit_guard_");

    try (Connection connection = empty.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute(
          "insert into key_unit (credit_code, name, region_code, industry_code)"
              + " values ('91130271170000011R', '唐山富康水泥有限公司', '130271', 'C3011')");
      sql.execute(
          "insert into reading (unit_id, data_code, stat_type, stat_date, value, input_type)"
              + " select id, '00-00-0000-023300-11', 1, '2026-10-04 16:00+00', 1.5, 1"
              + " from key_unit");
      // the readings carry no foreign key (V12): the unit's deletion is refused by a trigger
      SQLException refused =
          assertThrows(SQLException.class, () -> sql.execute("delete from key_unit"));
      assertEquals("23503", refused.getSQLState());
      assertEquals(1, count(sql, "select count(*) from reading"));

      sql.execute("delete from reading");
      sql.execute("delete from key_unit");
      assertEquals(0, count(sql, "select count(*) from key_unit"));
    }
  }

  @Test
  void a_unit_whose_readings_are_being_stored_is_not_deleted_under_them() throws Exception {
    PGSimpleDataSource empty = migratedDatabase("unit_lock_");

    try (Connection intake = empty.getConnection();
        Connection admin = empty.getConnection();
        Statement storing = intake.createStatement();
        Statement deleting = admin.createStatement()) {
      deleting.execute(
          "insert into key_unit (credit_code, name, region_code, industry_code)"
              + " values ('91130271170000011R', '唐山富康水泥有限公司', '130271', 'C3011')");

      // as ReadingIntakeService stores a batch: the unit looked up FOR KEY SHARE, then its
      // readings written, in one transaction not yet committed
      intake.setAutoCommit(false);
      storing.execute(
          "select id from key_unit where credit_code in ('91130271170000011R') for key share");
      storing.execute(
          "insert into reading (unit_id, data_code, stat_type, stat_date, value, input_type)"
              + " select id, '00-00-0000-023300-11', 1, '2026-10-04 16:00+00', 1.5, 1"
              + " from key_unit");

      // the uncommitted readings are invisible to the delete trigger; the lock makes it wait
      deleting.execute("set lock_timeout = '300ms'");
      SQLException waited =
          assertThrows(SQLException.class, () -> deleting.execute("delete from key_unit"));
      assertEquals("55P03", waited.getSQLState(), "lock_not_available");

      intake.commit();
      SQLException refused =
          assertThrows(SQLException.class, () -> deleting.execute("delete from key_unit"));
      assertEquals("23503", refused.getSQLState());
      assertEquals(
          1, count(deleting, "select count(*) from reading r join key_unit u on u.id = r.unit_id"));
    }
  }

  @Test
  void the_tree_of_groups_follows_the_regions_and_industries() throws Exception {
    PGSimpleDataSource empty = migratedDatabase("group_tree_");

    try (Connection connection = empty.getConnection();
        Statement sql = connection.createStatement()) {
      assertEquals(
          "130000,130200,130202",
          text(
              sql,
              "select string_agg(ancestor, ',' order by ancestor) from group_ancestor"
                  + " where dim = 'R' and code = '130202'"),
          "a county with its city and province");
      assertEquals(
          count(sql, "select count(*) from group_ancestor_tree"),
          count(sql, "select count(*) from group_ancestor"),
          "the table holds what the tree's definition gives");

      // a new county under Tangshan joins its city and province; removed, it leaves them again
      sql.execute(
          "insert into region (code, name, level, parent_code)"
              + " values ('130299', '测试县', 'county', '130200')");
      assertEquals(
          "130000,130200,130299",
          text(
              sql,
              "select string_agg(ancestor, ',' order by ancestor) from group_ancestor"
                  + " where dim = 'R' and code = '130299'"));
      sql.execute("delete from region where code = '130299'");
      assertEquals(0, count(sql, "select count(*) from group_ancestor where code = '130299'"));
      // an industry moved under another division follows it
      sql.execute("update industry set parent_code = 'C304' where code = 'C3011'");
      assertEquals(
          1,
          count(
              sql,
              "select count(*) from group_ancestor"
                  + " where dim = 'I' and code = 'C3011' and ancestor = 'C304'"));
    }
  }

  @Test
  void the_platform_database_compares_text_by_bytes() throws Exception {
    // made by the launcher's PostgresServer, as ./run.sh makes it (a fresh one every test run)
    try (Connection connection =
            DriverManager.getConnection(PlatformServicesSession.jdbcUrl(), "postgres", "");
        Statement sql = connection.createStatement();
        ResultSet locale =
            sql.executeQuery(
                "select datcollate, datctype from pg_database where datname = current_database()")) {
      locale.next();
      assertEquals("C", locale.getString(1));
      assertEquals("C.UTF-8", locale.getString(2));
    }
  }

  /**
   * A new database on the test PostgreSQL with the whole schema migrated, its connections in the
   * platform's schema.
   */
  private static PGSimpleDataSource migratedDatabase(String prefix) throws Exception {
    PGSimpleDataSource database = emptyDatabase(prefix);
    assertTrue(SchemaMigrations.migrate(database).success);
    database.setCurrentSchema("energy");
    return database;
  }

  /** A new, empty database on the test PostgreSQL, its name the prefix and a number. */
  private static PGSimpleDataSource emptyDatabase(String prefix) throws Exception {
    String database = prefix + System.nanoTime();
    String admin =
        "jdbc:postgresql://localhost:" + PlatformServicesSession.POSTGRES_PORT + "/postgres";
    try (Connection connection = DriverManager.getConnection(admin, "postgres", "");
        Statement sql = connection.createStatement()) {
      sql.execute("create database " + database);
    }
    PGSimpleDataSource empty = new PGSimpleDataSource();
    empty.setURL(
        "jdbc:postgresql://localhost:" + PlatformServicesSession.POSTGRES_PORT + "/" + database);
    empty.setUser("postgres");
    return empty;
  }

  private static String text(Statement sql, String query) throws Exception {
    try (ResultSet result = sql.executeQuery(query)) {
      result.next();
      return result.getString(1);
    }
  }

  private static int count(Statement sql, String query) throws Exception {
    try (ResultSet result = sql.executeQuery(query)) {
      result.next();
      return result.getInt(1);
    }
  }
}
