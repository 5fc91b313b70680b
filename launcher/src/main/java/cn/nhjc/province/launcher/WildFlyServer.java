package cn.nhjc.province.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The provisioned WildFly (full profile) running the platform's EAR. The server's base folder lives
 * in the run's work folder: its configuration is taken fresh from the build on every start, its
 * data (the Artemis journal among it) is kept.
 */
public final class WildFlyServer implements AutoCloseable {
  public static final String DEPLOYMENT = "platform.ear";

  private final ManagedProcess process;

  private WildFlyServer(ManagedProcess process) {
    this.process = process;
  }

  /**
   * Starts the server and waits for the EAR's deployment.
   *
   * @param properties system properties of the server
   * @param environment environment variables of the server besides this process's own: the
   *     datasource's {@code DB_URL}, {@code DB_USER} and {@code DB_PASSWORD} among them
   */
  public static WildFlyServer start(
      Path wildflyHome,
      Path baseDirectory,
      Path ear,
      Map<String, String> properties,
      Map<String, String> environment,
      Path log) {
    Path deployments = prepareBase(wildflyHome, baseDirectory, ear);
    List<String> command = new ArrayList<>();
    command.add("bash");
    command.add(wildflyHome.resolve("bin/standalone.sh").toString());
    command.add("-c");
    command.add("standalone-full.xml");
    // the configuration uses features of this level (the micrometer subsystem's Prometheus
    // registry); it is the distribution's default, named so that the server does not start
    // without them
    command.add("--stability=community");
    command.add("-Djboss.server.base.dir=" + baseDirectory.toAbsolutePath());
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    Map<String, String> variables = new HashMap<>(environment);
    variables.put("JAVA_HOME", System.getProperty("java.home"));
    variables.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
    variables.put(
        "JAVA_OPTS", "-Xms256m -Xmx2g -Djava.net.preferIPv4Stack=true -Dfile.encoding=UTF-8");
    ManagedProcess process = ManagedProcess.start("WildFly", command, variables, wildflyHome, log);
    Path deployed = deployments.resolve(DEPLOYMENT + ".deployed");
    Path failed = deployments.resolve(DEPLOYMENT + ".failed");
    process.awaitReady(
        () -> {
          if (Files.exists(failed)) {
            throw new IllegalStateException("deployment failed; see " + log + " and " + failed);
          }
          return Files.exists(deployed);
        },
        Duration.ofMinutes(15));
    return new WildFlyServer(process);
  }

  private static Path prepareBase(Path wildflyHome, Path base, Path ear) {
    try {
      Path configuration = base.resolve("configuration");
      copyTree(wildflyHome.resolve("standalone/configuration"), configuration);
      Path deployments = Files.createDirectories(base.resolve("deployments"));
      try (Stream<Path> markers = Files.list(deployments)) {
        for (Path marker : markers.toList()) {
          if (marker.getFileName().toString().startsWith(DEPLOYMENT + ".")) {
            Files.delete(marker);
          }
        }
      }
      Files.copy(ear, deployments.resolve(DEPLOYMENT), StandardCopyOption.REPLACE_EXISTING);
      return deployments;
    } catch (IOException e) {
      throw new UncheckedIOException("could not prepare " + base, e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else if (!source.getFileName().toString().startsWith("logging.properties")
            || !Files.exists(target)) {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  public int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  /** Kills the server without letting it shut down (tests of durability). */
  public void kill() {
    process.kill();
  }

  @Override
  public void close() {
    process.close();
  }
}
