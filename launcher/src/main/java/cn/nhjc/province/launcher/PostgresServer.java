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
import java.util.List;

/**
 * A real PostgreSQL server (binaries from Maven Central) whose data directory survives restarts.
 * Used when no external database is configured.
 */
public final class PostgresServer implements AutoCloseable {
  public static final String DATABASE = "energy";
  public static final String USER = "postgres";

  private final EmbeddedPostgres postgres;
  private final int port;
  private final Path dataDirectory;

  private PostgresServer(EmbeddedPostgres postgres, int port, Path dataDirectory) {
    this.postgres = postgres;
    this.port = port;
    this.dataDirectory = dataDirectory;
  }

  public static PostgresServer start(Path dataDirectory, int port) {
    try {
      setAsideOlderMajor(dataDirectory);
      Files.createDirectories(dataDirectory);
      boolean newCluster = !Files.exists(dataDirectory.resolve("PG_VERSION"));
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setPort(port)
              // a start after a crash or a restore replays the WAL since the last checkpoint first
              .setPGStartupWait(java.time.Duration.ofMinutes(10))
              .setServerConfig("max_connections", "200")
              // the platform never prepares a transaction (no XA), so a new cluster allows none
              // and a PREPARE would fail loudly; a cluster made before may still hold prepared
              // transactions (in pg_twophase or in its WAL) and cannot start without room for
              // them; the platform commits them at deployment (PreparedTransactions)
              .setServerConfig("max_prepared_transactions", newCluster ? "0" : "64")
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
      PostgresServer server = new PostgresServer(postgres, port, dataDirectory);
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

  /** The postmaster's process id, from its pid file. */
  public long postmasterPid() {
    try {
      return Long.parseLong(
          Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL in " + dataDirectory + " is not running", e);
    }
  }

  /** Kills the postmaster and every backend at once (SIGKILL), as a crash or power loss would. */
  public void kill() {
    ProcessHandle postmaster =
        ProcessHandle.of(postmasterPid())
            .orElseThrow(() -> new IllegalStateException("no postmaster"));
    List<ProcessHandle> backends = postmaster.descendants().toList();
    postmaster.destroyForcibly();
    backends.forEach(ProcessHandle::destroyForcibly);
    awaitExit(postmaster);
    backends.forEach(PostgresServer::awaitExit);
    release();
  }

  /**
   * Waits until a postmaster stopped from outside has ended, and lets go of the data directory (the
   * embedded server's lock on it), so that it can be started again.
   */
  public void awaitStopped() {
    ProcessHandle.of(postmasterPidIfAny()).ifPresent(PostgresServer::awaitExit);
    release();
  }

  private long postmasterPidIfAny() {
    try {
      return postmasterPid();
    } catch (UncheckedIOException e) {
      return -1;
    }
  }

  private void release() {
    try {
      postgres.close();
    } catch (IOException | RuntimeException e) {
      // the server is gone already; closing only gives the directory's lock back
    }
  }

  /**
   * Asks the postmaster for a fast shutdown (SIGINT: sessions are ended, open transactions rolled
   * back, a checkpoint written) and returns at once.
   */
  public void stopFast() {
    try {
      new ProcessBuilder("kill", "-INT", String.valueOf(postmasterPid()))
          .inheritIO()
          .start()
          .waitFor();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void awaitExit(ProcessHandle process) {
    try {
      process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("process " + process.pid() + " did not end", e);
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
