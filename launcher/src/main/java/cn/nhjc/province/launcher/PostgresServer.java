package cn.nhjc.province.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server (binaries from Maven Central) whose data directory survives restarts.
 * Used when no external database is configured.
 */
public final class PostgresServer implements AutoCloseable {
  public static final String DATABASE = "energy";
  public static final String USER = "postgres";

  private final EmbeddedPostgres postgres;
  private final int port;

  private PostgresServer(EmbeddedPostgres postgres, int port) {
    this.postgres = postgres;
    this.port = port;
  }

  public static PostgresServer start(Path dataDirectory, int port) {
    try {
      Files.createDirectories(dataDirectory);
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setPort(port)
              .setServerConfig("max_connections", "200")
              // the platform writes through an XA datasource: two-phase commit with the broker
              .setServerConfig("max_prepared_transactions", "64")
              .setServerConfig("timezone", "UTC")
              .setServerConfig("max_wal_size", "2GB")
              // durable: the embedded server's defaults (-F, synchronous_commit=off) are for
              // throw-away test databases; a commit here acknowledges an upload's removal from the
              // broker's journal, so it must reach the disk ("-c fsync=on" overrides -F)
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("full_page_writes", "on")
              .start();
      PostgresServer server = new PostgresServer(postgres, port);
      server.createDatabaseIfMissing();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start PostgreSQL in " + dataDirectory, e);
    }
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
  }

  private void createDatabaseIfMissing() {
    String admin = "jdbc:postgresql://localhost:" + port + "/postgres";
    try (Connection db = DriverManager.getConnection(admin, USER, "");
        Statement sql = db.createStatement()) {
      var exists = sql.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
      if (!exists.next()) {
        sql.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + DATABASE, e);
    }
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
