package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.nhjc.province.it.Fep.Device;
import cn.nhjc.province.it.Fep.Item;
import cn.nhjc.province.it.TestUnits.Unit;
import cn.nhjc.province.launcher.WildFlyServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Data once acknowledged is never lost: a second server node takes uploads with its intake consumer
 * stopped, is killed (SIGKILL) after acknowledging them, and after a restart stores every
 * acknowledged point exactly once from its broker journal.
 */
class RestartIT extends PlatformClientTest {
  private static final int PORT_OFFSET = 200;
  private static final int UPLOADS = 20;
  private static final int DAYS_PER_UPLOAD = 50;

  @Test
  void every_acknowledged_point_is_stored_once_after_a_crash_before_consumption() throws Exception {
    Unit unit = TestUnits.listed();
    Device device = Fep.register(unit); // through the suite's server; the device table is shared
    Path work = Path.of(System.getProperty("platform.it.work"), "restart-node");
    PlatformServicesSession.deleteTree(work);

    int acknowledged = 0;
    WildFlyServer node = start(work, false);
    try {
      LocalDate day = LocalDate.parse("2024-01-01");
      for (int u = 0; u < UPLOADS; u++) {
        Item[] items = new Item[DAYS_PER_UPLOAD];
        for (int d = 0; d < DAYS_PER_UPLOAD; d++) {
          items[d] =
              Item.daily(TestUnits.DAILY_ELECTRICITY, day.toString(), String.valueOf(u * 1000 + d));
          day = day.plusDays(1);
        }
        JsonNode answer = post(Fep.upload(device, items));
        assertEquals("0", Fep.code(answer), Fep.message(answer));
        acknowledged += DAYS_PER_UPLOAD;
      }
      // and one live upload (yesterday in Beijing), which travels on the live lane's own queue
      String yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
      JsonNode live =
          post(Fep.upload(device, Item.daily(TestUnits.DAILY_ELECTRICITY, yesterday, "7")));
      assertEquals("0", Fep.code(live), Fep.message(live));
      acknowledged += 1;
      // acknowledged, but with both lanes' consumers stopped nothing is stored yet
      assertEquals(0, TestUnits.readings(unit));
    } finally {
      node.kill();
    }

    WildFlyServer restarted = start(work, true);
    try {
      TestUnits.awaitReadings(unit, acknowledged);
      assertEquals(
          UPLOADS + 1,
          PlatformServicesSession.count(
              "select count(*) from intake_receipt where unit_id = " + unit.id()));
      assertEquals(
          1,
          PlatformServicesSession.count(
              "select count(*) from reading where unit_id = "
                  + unit.id()
                  + " and value = 7 and stat_date >= now() - interval '3 days'"));
      assertEquals(0, TestUnits.revisions(unit));
      assertEquals(
          (long) (UPLOADS - 1) * 1000 + DAYS_PER_UPLOAD - 1,
          PlatformServicesSession.count(
              "select max(value)::bigint from reading where unit_id = " + unit.id()));
    } finally {
      restarted.close();
    }
  }

  private static WildFlyServer start(Path work, boolean intakeActive) {
    return ExtraNode.start(
        work,
        PORT_OFFSET,
        PlatformServicesSession.jdbcUrl(),
        // the nodes of one platform share the master key that seals device keys
        Path.of(System.getProperty("platform.it.work"), "standalone/data/platform/master.key"),
        Map.of("platform.intake.active", String.valueOf(intakeActive)));
  }

  private static JsonNode post(ObjectNode body) throws Exception {
    HttpResponse<String> response =
        Fep.post(
            "http://localhost:" + (8080 + PORT_OFFSET),
            "uploadEnergyData",
            Fep.JSON.writeValueAsString(body));
    assertEquals(200, response.statusCode(), response.body());
    return Fep.JSON.readTree(response.body());
  }
}
