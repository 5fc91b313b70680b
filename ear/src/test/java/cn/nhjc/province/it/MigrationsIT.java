package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.platform.persistence.SchemaMigrations;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The migrations build the whole schema and the dictionaries in an empty PostgreSQL database. */
class MigrationsIT {

  @Test
  void migrations_apply_to_an_empty_database_and_load_the_dictionaries() throws Exception {
    String database = "migrations_" + System.nanoTime();
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

  private static int count(Statement sql, String query) throws Exception {
    try (ResultSet result = sql.executeQuery(query)) {
      result.next();
      return result.getInt(1);
    }
  }
}
