package cn.nhjc.province.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the platform on this machine: PostgreSQL (embedded unless DB_URL is set), Keycloak and
 * WildFly with the EAR, loading the demo province on first start. Ctrl-C stops everything it
 * started; the data under the work folder (default {@code var/}) is kept for the next run.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws Exception {
    if ("production".equalsIgnoreCase(setting("PLATFORM_MODE", ""))) {
      // this launcher runs the demo: an embedded PostgreSQL, Keycloak in dev mode, demo accounts
      System.err.println(
          "[platform] PLATFORM_MODE=production is not started by ./run.sh, which runs the demo"
              + " (embedded PostgreSQL, Keycloak in dev mode, demo accounts). Deploy as README.md,"
              + " \"Production deployment\", describes.");
      System.exit(2);
    }
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    Path work = Path.of(setting("PLATFORM_VAR", root.resolve("var").toString())).toAbsolutePath();
    Path logs = work.resolve("log");
    Path realm = root.resolve("wildfly-config/keycloak-realm-energy.json");
    Path wildflyHome = provisionedWildFly(root.resolve("ear/target"));
    Path ear = root.resolve("ear/target/platform.ear");
    Path keycloakZip = root.resolve("launcher/target/dist/keycloak.zip");
    int keycloakPort = Integer.parseInt(setting("KEYCLOAK_PORT", "8180"));

    Services services = new Services();
    Runtime.getRuntime().addShutdownHook(new Thread(services::close, "platform-shutdown"));

    // the server's datasource reads its connection from these environment variables alone
    // (wildfly-config/configure-10-postgresql.cli); they are always set here, for the embedded
    // database too
    Map<String, String> database = new LinkedHashMap<>();
    String dbUrl = System.getenv("DB_URL");
    if (dbUrl == null || dbUrl.isBlank()) {
      int port = Integer.parseInt(setting("PLATFORM_PG_PORT", "15432"));
      say("starting PostgreSQL (embedded) on port " + port + ", data in " + work.resolve("pgdata"));
      services.postgres = PostgresServer.start(work.resolve("pgdata"), port);
      database.put("DB_URL", services.postgres.jdbcUrl());
      database.put("DB_USER", PostgresServer.USER);
      database.put("DB_PASSWORD", "postgres"); // trust authentication on loopback
    } else {
      say("using the external PostgreSQL at " + dbUrl);
      database.put("DB_URL", dbUrl);
      database.put("DB_USER", setting("DB_USER", "postgres"));
      database.put("DB_PASSWORD", setting("DB_PASSWORD", "postgres"));
    }
    Map<String, String> server = new LinkedHashMap<>();
    say("starting Keycloak on port " + keycloakPort + " (the first start takes about a minute)");
    services.keycloak =
        KeycloakServer.start(
            keycloakZip,
            work.resolve("keycloak"),
            realm,
            keycloakPort,
            logs.resolve("keycloak.log"));
    server.put("platform.oidc.provider-url", services.keycloak.issuer());
    server.put("platform.province.code", setting("PROVINCE_CODE", "130000"));
    server.put("platform.demo.load", setting("PLATFORM_DEMO", "true"));
    say("starting WildFly and deploying the platform (loads the demo province on first start)");
    services.wildfly =
        WildFlyServer.start(
            wildflyHome,
            work.resolve("wildfly"),
            ear,
            server,
            database,
            logs.resolve("wildfly.log"));
    if (Boolean.parseBoolean(setting("PLATFORM_SIMULATOR", "true"))) {
      say("starting the data simulator (the listed units' end devices); log in " + logs);
      services.simulator =
          SimulatorProcess.start(
              root,
              work,
              database.get("DB_URL"),
              database.get("DB_USER"),
              database.get("DB_PASSWORD"),
              keycloakPort,
              logs.resolve("simulator.log"));
    }
    printBanner(realm, services.keycloak, logs);
    int exit = services.wildfly.waitFor();
    say("WildFly stopped (exit " + exit + "); stopping the other services");
    System.exit(exit == 0 ? 0 : 1);
  }

  static Path provisionedWildFly(Path target) throws IOException {
    try (Stream<Path> candidates = Files.list(target)) {
      return candidates
          .filter(p -> p.getFileName().toString().startsWith("wildfly-"))
          .filter(p -> Files.isRegularFile(p.resolve("bin/standalone.sh")))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no provisioned WildFly in " + target));
    }
  }

  private static void printBanner(Path realm, KeycloakServer keycloak, Path logs)
      throws IOException {
    StringBuilder text = new StringBuilder("\n");
    text.append("  省级重点用能单位能耗在线监测平台 is running\n\n");
    text.append("  Public pages        http://localhost:8080/\n");
    text.append("  Government portal   http://localhost:8080/gov/\n");
    text.append("  Enterprise portal   http://localhost:8080/ent/\n");
    text.append("  REST API            http://localhost:8080/api/v1/  (OpenAPI: /openapi)\n");
    text.append("  Keycloak            http://localhost:8180/  (realm ")
        .append(KeycloakServer.REALM)
        .append(")\n");
    text.append("  Token endpoint      ").append(keycloak.tokenEndpoint()).append('\n');
    text.append(
        "  Front-end processor http://localhost:8080/fep/enterprise/  (protocol: docs/protocol.md)\n");
    text.append("  Metrics             http://localhost:9990/metrics  (Prometheus text format)\n");
    text.append("  Logs                ").append(logs).append("\n\n");
    text.append("  Demo accounts (user / password / role / scope):\n");
    JsonNode users = new ObjectMapper().readTree(realm.toFile()).path("users");
    for (JsonNode user : users) {
      if (user.has("serviceAccountClientId")) {
        continue; // a client's service account (energy-audit), no one signs in with it
      }
      String password = user.path("credentials").path(0).path("value").asText();
      JsonNode attributes = user.path("attributes");
      String scope =
          attributes.has("region_code")
              ? "region " + attributes.path("region_code").path(0).asText()
              : attributes.has("credit_code")
                  ? "unit " + attributes.path("credit_code").path(0).asText()
                  : attributes.has("supplier_code")
                      ? "supplier " + attributes.path("supplier_code").path(0).asText()
                      : "";
      text.append(
          String.format(
              "    %-18s %-20s %-18s %s%n",
              user.path("username").asText(),
              password,
              user.path("realmRoles").path(0).asText(),
              scope));
    }
    text.append("\n  Press Ctrl-C to stop.\n");
    System.out.println(text);
  }

  static String setting(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static void say(String message) {
    System.out.println("[platform] " + message);
  }

  /** The services of this run, stopped in reverse order of starting. */
  private static final class Services {
    PostgresServer postgres;
    KeycloakServer keycloak;
    WildFlyServer wildfly;
    ManagedProcess simulator;

    synchronized void close() {
      if (simulator != null) {
        say("stopping the data simulator");
        simulator.close();
        simulator = null;
      }
      if (wildfly != null) {
        say("stopping WildFly");
        wildfly.close();
        wildfly = null;
      }
      if (keycloak != null) {
        say("stopping Keycloak");
        keycloak.close();
        keycloak = null;
      }
      if (postgres != null) {
        say("stopping PostgreSQL");
        postgres.close();
        postgres = null;
      }
    }
  }
}
