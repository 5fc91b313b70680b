package cn.nhjc.province.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from its Maven Central distribution, unpacked once into a work folder whose data (users,
 * sessions, changed passwords) survives restarts. The realm is imported on first start.
 */
public final class KeycloakServer implements AutoCloseable {
  public static final String REALM = "energy";

  private final ManagedProcess process;
  private final int port;

  private KeycloakServer(ManagedProcess process, int port) {
    this.process = process;
    this.port = port;
  }

  public static KeycloakServer start(
      Path distribution, Path workDirectory, Path realmFile, int port, Path log) {
    Path home = unpack(distribution, workDirectory);
    try {
      Path imports = Files.createDirectories(home.resolve("data/import"));
      Files.copy(
          realmFile,
          imports.resolve("realm-" + REALM + ".json"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> command =
        List.of(
            "bash",
            home.resolve("bin/kc.sh").toString(),
            "start-dev",
            "--http-port=" + port,
            "--http-management-port=" + (port + 1000),
            "--import-realm",
            "--cache=local");
    Map<String, String> environment =
        Map.of(
            "JAVA_HOME", System.getProperty("java.home"),
            "KC_BOOTSTRAP_ADMIN_USERNAME", env("KEYCLOAK_ADMIN_USER", "admin"),
            "KC_BOOTSTRAP_ADMIN_PASSWORD", env("KEYCLOAK_ADMIN_PASSWORD", "admin"),
            "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
    ManagedProcess process = ManagedProcess.start("Keycloak", command, environment, home, log);
    KeycloakServer server = new KeycloakServer(process, port);
    process.awaitReady(
        () -> Http.answers200(server.issuer() + "/.well-known/openid-configuration"),
        Duration.ofMinutes(5));
    return server;
  }

  public String issuer() {
    return "http://localhost:" + port + "/realms/" + REALM;
  }

  public String tokenEndpoint() {
    return issuer() + "/protocol/openid-connect/token";
  }

  static Path unpack(Path distribution, Path workDirectory) {
    try {
      Files.createDirectories(workDirectory);
      String top = null;
      try (InputStream in = Files.newInputStream(distribution);
          ZipInputStream zip = new ZipInputStream(in)) {
        for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
          String name = entry.getName();
          if (top == null) {
            top = name.substring(0, name.indexOf('/'));
            if (Files.isDirectory(workDirectory.resolve(top).resolve("lib"))) {
              return workDirectory.resolve(top);
            }
          }
          Path target = workDirectory.resolve(name).normalize();
          if (!target.startsWith(workDirectory)) {
            throw new IOException("zip entry outside the target folder: " + name);
          }
          if (entry.isDirectory()) {
            Files.createDirectories(target);
          } else {
            Files.createDirectories(target.getParent());
            Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      return workDirectory.resolve(top);
    } catch (IOException e) {
      throw new UncheckedIOException("could not unpack " + distribution, e);
    }
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  @Override
  public void close() {
    process.close();
  }
}
