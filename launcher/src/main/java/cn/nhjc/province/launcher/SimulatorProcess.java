package cn.nhjc.province.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The live data source of the demo: the simulator module acting as the end devices of the listed
 * units, speaking the real protocol to the front-end processor. Its state (devices, cursors,
 * backlog) stays in the work folder, so a restart continues and re-sends what is missing.
 */
final class SimulatorProcess {
  private SimulatorProcess() {}

  static ManagedProcess start(
      Path root,
      Path work,
      String jdbcUrl,
      String user,
      String password,
      int keycloakPort,
      Path log) {
    Path state = work.resolve("simulator");
    Path units = state.resolve("units.csv");
    writeUnitList(units, jdbcUrl, user, password);
    String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath =
        root.resolve("simulator/target/simulator.jar")
            + java.io.File.pathSeparator
            + root.resolve("simulator/target/lib").resolve("*");
    List<String> command =
        new ArrayList<>(
            List.of(
                javaCommand,
                "-Xmx512m",
                "-cp",
                classpath,
                "cn.nhjc.province.simulator.Main",
                "simulate",
                "--units",
                units.toString(),
                "--state",
                state.toString(),
                "--base-url",
                "http://localhost:8080",
                // the demo administrator confirms the simulated devices after they register
                "--keycloak",
                "http://localhost:" + keycloakPort,
                // a unit seen for the first time starts with today, so the demo is current at once
                "--start",
                LocalDate.now(ZoneId.of("Asia/Shanghai")) + " 00:00:00",
                "--speed",
                Main.setting("PLATFORM_SIMULATOR_SPEED", "360")));
    String limit = Main.setting("PLATFORM_SIMULATOR_UNITS", "");
    if (!limit.isEmpty()) {
      command.add("--limit");
      command.add(limit);
    }
    return ManagedProcess.start("simulator", command, Map.of(), root, log);
  }

  private static void writeUnitList(Path file, String jdbcUrl, String user, String password) {
    StringBuilder csv = new StringBuilder("creditCode,regionCode\n");
    try (Connection db = DriverManager.getConnection(jdbcUrl, user, password);
        ResultSet rows =
            db.createStatement()
                .executeQuery("select credit_code, region_code from energy.key_unit order by id")) {
      while (rows.next()) {
        csv.append(rows.getString(1)).append(',').append(rows.getString(2)).append('\n');
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the key-unit list for the simulator", e);
    }
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
