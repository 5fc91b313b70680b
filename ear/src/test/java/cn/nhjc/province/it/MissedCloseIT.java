package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.batch.admin.DueCloses;
import cn.nhjc.province.it.Fep.Device;
import cn.nhjc.province.it.Fep.Item;
import cn.nhjc.province.launcher.PostgresServer;
import cn.nhjc.province.launcher.WildFlyServer;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.registry.domain.CreditCodes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No close is skipped because no server was running at its time: a platform of its own receives the
 * data of days whose closes have passed while no node schedules the statistics job (the one node
 * runs with its schedule off, as a server that was down). It is killed and started again with its
 * schedule on, and within a minute of its start every close that fell due in the catch-up window
 * and has figures is made: the days' and, when due, the month's.
 */
class MissedCloseIT {
  private static final int PORT_OFFSET = 500;
  private static final int POSTGRES_PORT = 15437;
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final String REGION = "130102";

  @Test
  void the_closes_that_fell_due_while_no_server_ran_are_made_when_one_starts() throws Exception {
    Path work = Path.of(System.getProperty("platform.it.work"), "missed-close");
    PlatformServicesSession.deleteTree(work);
    PostgresServer postgres = PostgresServer.start(work.resolve("pgdata"), POSTGRES_PORT);
    String jdbcUrl = postgres.jdbcUrl();
    String base = "http://localhost:" + (8080 + PORT_OFFSET);
    WildFlyServer node = start(work, jdbcUrl, false);
    try {
      LocalDate today = LocalDate.now(BEIJING);
      LocalDate day = today.minusDays(2); // its close, at 06:00 yesterday or earlier, has passed
      LocalDate lastMonthsDay = YearMonth.from(today).minusMonths(1).atEndOfMonth();
      Device device = register(jdbcUrl, base);
      JsonNode answer =
          Fep.JSON.readTree(
              Fep.post(
                      base,
                      "uploadEnergyData",
                      Fep.JSON.writeValueAsString(
                          Fep.upload(
                              device,
                              Item.daily(TestUnits.DAILY_ELECTRICITY, day.toString(), "1200"),
                              Item.daily(
                                  TestUnits.DAILY_ELECTRICITY, lastMonthsDay.toString(), "800"))))
                  .body());
      assertEquals("0", Fep.code(answer), Fep.message(answer));
      awaitFigures(jdbcUrl, Set.of(StatPeriod.day(day), StatPeriod.day(lastMonthsDay)));
      node.kill();
      assertEquals(0, count(jdbcUrl, "select count(*) from period_close"), "closed before");

      Instant restarted = Instant.now();
      DueCloses closes =
          new DueCloses(
              BEIJING,
              LocalTime.parse(setting(jdbcUrl, "statistics.day-close-time")),
              Integer.parseInt(setting(jdbcUrl, "statistics.month-close-day")),
              Integer.parseInt(setting(jdbcUrl, "statistics.close-catch-up-days")));
      Set<StatPeriod> withFigures =
          Set.of(
              StatPeriod.day(day),
              StatPeriod.day(lastMonthsDay),
              StatPeriod.month(YearMonth.from(lastMonthsDay)));
      List<StatPeriod> expected =
          closes.due(restarted).stream()
              .map(DueCloses.Close::period)
              .filter(withFigures::contains)
              .toList();
      assertTrue(expected.contains(StatPeriod.day(day)), "the day's close is due: " + expected);

      node = start(work, jdbcUrl, true);
      Map<StatPeriod, Instant> closed = awaitClosed(jdbcUrl, expected, Duration.ofMinutes(2));
      for (StatPeriod period : expected) {
        assertTrue(
            !closed.get(period).isBefore(restarted),
            period + " closed at " + closed.get(period) + ", before the restart " + restarted);
      }
      assertEquals(
          expected.size(),
          count(jdbcUrl, "select count(*) from period_close"),
          "only the closes that were due and had figures");
      String log = Files.readString(work.resolve("server.log"));
      assertTrue(
          log.contains("Beijing time was missed"), "the start-up run says it caught up a close");
    } finally {
      node.close();
      postgres.close();
    }
  }

  private static WildFlyServer start(Path work, String jdbcUrl, boolean schedules) {
    return ExtraNode.start(
        work,
        PORT_OFFSET,
        jdbcUrl,
        work.resolve("master.key"),
        Map.of("platform.statistics-schedule.active", String.valueOf(schedules)));
  }

  private static Device register(String jdbcUrl, String base) throws Exception {
    String creditCode = CreditCodes.enterpriseCode(REGION, "55501234");
    try (Connection db = database(jdbcUrl)) {
      TestUnits.listed(
          db,
          creditCode,
          REGION,
          new Object[][] {{TestUnits.DAILY_ELECTRICITY, "全厂电力（日）", "02", "3300", 1}});
    }
    ObjectNode request =
        Fep.JSON.createObjectNode().put("region", REGION).put("enterpriseCode", creditCode);
    JsonNode answer =
        Fep.JSON.readTree(Fep.post(base, "register", Fep.JSON.writeValueAsString(request)).body());
    assertEquals("0", Fep.code(answer), Fep.message(answer));
    Fep.confirm(base, answer.path("deviceId").asText());
    return new Device(
        answer.path("deviceId").asText(), creditCode, answer.path("secretKey").asText());
  }

  /** Waits until the province has figures for each of the days (the rollups have run). */
  private static void awaitFigures(String jdbcUrl, Set<StatPeriod> days) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (true) {
      long found =
          count(
              jdbcUrl,
              "select count(*) from group_period_total where dim = 'R' and code = '130000'"
                  + " and period_type = 'D' and units > 0 and period_start in ("
                  + String.join(",", days.stream().map(d -> "date '" + d.start() + "'").toList())
                  + ")");
      if (found == days.size()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the province has figures for " + found + " of " + days);
      }
      Thread.sleep(200);
    }
  }

  private static Map<StatPeriod, Instant> awaitClosed(
      String jdbcUrl, List<StatPeriod> periods, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Map<StatPeriod, Instant> closed = new HashMap<>();
      try (Connection db = database(jdbcUrl);
          Statement sql = db.createStatement();
          ResultSet row =
              sql.executeQuery(
                  "select period_type, to_char(period_start, 'YYYY-MM-DD'), closed_at"
                      + " from period_close")) {
        while (row.next()) {
          LocalDate start = LocalDate.parse(row.getString(2));
          StatPeriod period =
              row.getString(1).equals("D")
                  ? StatPeriod.day(start)
                  : StatPeriod.month(YearMonth.from(start));
          closed.put(period, row.getTimestamp(3).toInstant());
        }
      }
      if (closed.keySet().containsAll(periods)) {
        return closed;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("closed " + closed.keySet() + ", expected " + periods);
      }
      Thread.sleep(500);
    }
  }

  private static String setting(String jdbcUrl, String key) throws SQLException {
    try (Connection db = database(jdbcUrl);
        PreparedStatement query =
            db.prepareStatement("select value from platform_setting where key = ?")) {
      query.setString(1, key);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getString(1).trim();
      }
    }
  }

  private static long count(String jdbcUrl, String sql) throws SQLException {
    try (Connection db = database(jdbcUrl);
        Statement query = db.createStatement();
        ResultSet row = query.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static Connection database(String jdbcUrl) throws SQLException {
    Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
    try (Statement sql = db.createStatement()) {
      sql.execute("set search_path to energy, public");
    }
    return db;
  }
}
