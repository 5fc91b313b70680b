package cn.nhjc.province.it;

import cn.nhjc.province.launcher.KeycloakServer;
import cn.nhjc.province.launcher.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the real services the server under test needs, once per test run and before Arquillian
 * starts WildFly: an empty PostgreSQL and Keycloak with the platform's realm, both with the same
 * code the launcher uses. Stops them when the run ends.
 */
public class PlatformServicesSession implements LauncherSessionListener {
  public static final int POSTGRES_PORT = 15433;
  public static final int KEYCLOAK_PORT = 8180;

  private static PostgresServer postgres;
  private static KeycloakServer keycloak;

  @Override
  public synchronized void launcherSessionOpened(LauncherSession session) {
    String work = System.getProperty("platform.it.work");
    if (work == null || postgres != null) {
      return; // not a failsafe run of this module (e.g. an IDE running a unit test)
    }
    Path root = Path.of(work);
    freshServerBase(
        Path.of(System.getProperty("jboss.home"), "standalone"), root.resolve("standalone"));
    deleteTree(root.resolve("pgdata"));
    postgres = PostgresServer.start(root.resolve("pgdata"), POSTGRES_PORT);
    Path keycloakWork = root.resolve("keycloak");
    try (Stream<Path> homes =
        Files.exists(keycloakWork) ? Files.list(keycloakWork) : Stream.empty()) {
      homes.forEach(home -> deleteTree(home.resolve("data"))); // a fresh realm every run
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    keycloak =
        KeycloakServer.start(
            Path.of(System.getProperty("platform.keycloak.dist")),
            keycloakWork,
            Path.of(System.getProperty("platform.config.dir"), "keycloak-realm-energy.json"),
            KEYCLOAK_PORT,
            root.resolve("keycloak.log"));
  }

  @Override
  public synchronized void launcherSessionClosed(LauncherSession session) {
    if (keycloak != null) {
      keycloak.close();
      keycloak = null;
    }
    if (postgres != null) {
      postgres.close();
      postgres = null;
    }
  }

  /**
   * The server under test starts from the build's configuration every run, with no deployment,
   * journal or transaction log left from an earlier run.
   */
  static void freshServerBase(Path provisioned, Path base) {
    deleteTree(base);
    Path configuration = provisioned.resolve("configuration");
    try (Stream<Path> files = Files.walk(configuration)) {
      for (Path source : files.toList()) {
        Path target =
            base.resolve("configuration").resolve(configuration.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
      Files.createDirectories(base.resolve("deployments"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A connection to the database of the server under test, for assertions on stored rows. */
  public static java.sql.Connection database() throws java.sql.SQLException {
    java.sql.Connection connection =
        java.sql.DriverManager.getConnection(jdbcUrl(), "postgres", "");
    try (java.sql.Statement sql = connection.createStatement()) {
      sql.execute("set search_path to energy, public");
    }
    return connection;
  }

  /** A single number from the database of the server under test. */
  public static long count(String query) throws java.sql.SQLException {
    try (java.sql.Connection connection = database();
        java.sql.ResultSet result = connection.createStatement().executeQuery(query)) {
      result.next();
      return result.getLong(1);
    }
  }

  /**
   * Waits until the figures are current: the demo province's history recomputed (it runs in the
   * background after deployment and notes its end in rollup_backfill) and no stored value waiting
   * for the rollups.
   */
  public static void awaitCurrentRollups() throws Exception {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(180).toNanos();
    while (count("select count(*) from rollup_backfill where finished_at is not null") == 0
        || count("select count(*) from rollup_dirty") > 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the rollups were not current within 180 s");
      }
      Thread.sleep(200);
    }
  }

  public static String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + POSTGRES_PORT + "/" + PostgresServer.DATABASE;
  }

  /** Deletes a folder and everything in it; nothing when it does not exist. */
  public static void deleteTree(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
