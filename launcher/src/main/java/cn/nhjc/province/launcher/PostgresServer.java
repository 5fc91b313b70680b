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
      setAsideOlderMajor(dataDirectory);
      Files.createDirectories(dataDirectory);
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setPort(port)
              .setServerConfig("max_connections", "200")
              // the platform writes through an XA datasource: two-phase commit with the broker
              .setServerConfig("max_prepared_transactions", "64")
              // the intake locks a batch's readings by unit and day (ReadingStore#lockReadings):
              // up to 2,048 advisory locks in one transaction, against a default of 64 a session
              .setServerConfig("max_locks_per_transaction", "256")
              .setServerConfig("timezone", "UTC")
              // a quarter of the memory for the buffer cache, as PostgreSQL's documentation
              // advises (at most 4 GB): with the default 128 MB the readings' index no longer fits
              // and every backend evicts dirty pages itself under the intake's load
              .setServerConfig("shared_buffers", sharedBuffersMegabytes() + "MB")
              // checkpoints by time, not by WAL volume: each checkpoint makes the next change of
              // every page write a whole-page image to the WAL (full_page_writes, below)
              .setServerConfig("max_wal_size", "8GB")
              .setServerConfig("checkpoint_timeout", "15min")
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

  /** The major version of the PostgreSQL binaries this launcher runs, from the build. */
  static String binariesMajor() {
    java.util.Properties build = new java.util.Properties();
    try (var in = PostgresServer.class.getResourceAsStream("postgres.properties")) {
      if (in == null) {
        throw new IllegalStateException("the launcher was built without postgres.properties");
      }
      build.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return build.getProperty("version").split("\\.")[0];
  }

  /**
   * A data directory made by another major version cannot be opened by these binaries. It is moved
   * aside, never deleted ({@code pgdata-14-…}; pg_upgrade or pg_dump can bring its data over), and
   * a new one is made: the platform starts as on a fresh machine.
   */
  static void setAsideOlderMajor(Path dataDirectory) throws IOException {
    Path versionFile = dataDirectory.resolve("PG_VERSION");
    if (!Files.exists(versionFile)) {
      return;
    }
    String made = Files.readString(versionFile).trim();
    String running = binariesMajor();
    if (made.equals(running)) {
      return;
    }
    Path aside =
        dataDirectory.resolveSibling(
            dataDirectory.getFileName() + "-" + made + "-" + System.currentTimeMillis());
    Files.move(dataDirectory, aside);
    System.out.printf(
        "[platform] %s was made by PostgreSQL %s; this platform runs PostgreSQL %s. It is kept as"
            + " %s, and a new database is made.%n",
        dataDirectory, made, running, aside);
  }

  /** A quarter of the machine's memory, between 128 MB and 4 GB. */
  static long sharedBuffersMegabytes() {
    long total =
        ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
            .getTotalMemorySize();
    return Math.max(128, Math.min(4096, total / 4 / (1024 * 1024)));
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
        // byte order for text: the order of C.UTF-8 (code points, which UTF-8 bytes keep), compared
        // with memcmp instead of the C library's strcoll; character classes stay C.UTF-8's
        sql.execute(
            "create database "
                + DATABASE
                + " encoding 'UTF8' lc_collate 'C' lc_ctype 'C.UTF-8' template template0");
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
