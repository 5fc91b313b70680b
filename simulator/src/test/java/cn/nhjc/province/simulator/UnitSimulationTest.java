package cn.nhjc.province.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitSimulationTest {

  private static final String POWER = "00-00-0000-023300-11";
  private static final Device DEVICE =
      new Device(
          "91370600710936591P",
          "92ddac131d0517f12f754b9738efeb83",
          "7c7ab08b3d934268996faf7eb5e0342d",
          "01:38:00");
  private static final LocalDateTime FROM = LocalDateTime.of(2025, 2, 28, 22, 0);
  private static final LocalDateTime UNTIL = LocalDateTime.of(2025, 3, 2, 3, 0);

  /** Stands in for the platform: decrypts and records every upload, answers as told. */
  private static final class FakeFep implements FrontEndProcessor {
    final List<List<String[]>> uploads = new ArrayList<>();
    String code = "0";
    String message = "RECEIVE SUCCESS";

    @Override
    public FepAnswer register(UnitRef unit) {
      throw new AssertionError("not expected");
    }

    @Override
    public FepAnswer versionCheck(Device device) {
      return answer(
          Json.createObjectBuilder().add("responseCode", "0").add("regVersion", "1").build());
    }

    @Override
    public FepAnswer downloadConfigData(Device device) {
      throw new AssertionError("the version did not change");
    }

    @Override
    public FepAnswer uploadEnergyData(byte[] body) {
      Sm4FieldCodec codec = new Sm4FieldCodec(DEVICE.secretKey());
      List<String[]> items = new ArrayList<>();
      try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
        for (JsonValue v : reader.readObject().getJsonArray("data")) {
          JsonObject item = v.asJsonObject();
          items.add(
              new String[] {
                codec.decrypt(item.getString("statType")),
                codec.decrypt(item.getString("statDate")),
                codec.decrypt(item.getString("uploadDate"))
              });
        }
      }
      uploads.add(items);
      return new FepAnswer(code, message, Json.createObjectBuilder().build());
    }

    private static FepAnswer answer(JsonObject body) {
      return new FepAnswer("0", "RECEIVE SUCCESS", body);
    }
  }

  private static UnitSimulation unit(FakeFep fep) {
    List<CollectItem> items =
        List.of(
            new CollectItem(POWER, 0, BigDecimal.ZERO, BigDecimal.valueOf(2000), "4", "1"),
            new CollectItem(POWER, 1, BigDecimal.ZERO, BigDecimal.valueOf(200000), "4", "1"),
            new CollectItem(POWER, 2, BigDecimal.ZERO, BigDecimal.valueOf(6000000), "4", "1"));
    ProvisionedUnit unit =
        new ProvisionedUnit(
            new UnitRef(DEVICE.creditCode(), "370672"), DEVICE, new UnitConfig("1", items));
    return new UnitSimulation(unit, fep, new UnitProvisioner(fep, null), new Backlog(), FROM);
  }

  @Test
  void sendsEachHourItsQuarterHoursAndDayAndMonthAtTheUploadSlot() throws Exception {
    FakeFep fep = new FakeFep();
    RunCounters counters = new RunCounters();
    unit(fep).advanceTo(UNTIL, Outage.NONE, counters, () -> false);

    List<String[]> all = fep.uploads.stream().flatMap(List::stream).toList();
    assertEquals(29 * 4, all.stream().filter(i -> i[0].equals("0")).count());
    List<String> days = all.stream().filter(i -> i[0].equals("1")).map(i -> i[1]).toList();
    assertEquals(List.of("2025-02-28 00:00:00", "2025-03-01 00:00:00"), days);
    List<String> months = all.stream().filter(i -> i[0].equals("2")).map(i -> i[1]).toList();
    assertEquals(List.of("2025-02-01 00:00:00"), months);
    // the day and the month go out in the hour of the upload slot (01:38), sent at its end
    String[] february = all.stream().filter(i -> i[0].equals("2")).findFirst().orElseThrow();
    assertEquals("2025-03-02 02:00:00", february[2]);
    // nothing of a period that has not ended by the time it is sent
    for (String[] item : all) {
      assertTrue(item[1].compareTo(item[2]) < 0, String.join(" ", item));
    }
    assertTrue(all.stream().allMatch(i -> i[1].compareTo("2025-03-02 03:00:00") < 0));
    assertTrue(
        counters.drain().startsWith("uploads ok " + fep.uploads.size() + " refused 0 failed 0"));
  }

  @Test
  void anOutageKeepsTheUploadsAndTheBacklogGoesOutOldestFirstAfterwards() throws Exception {
    FakeFep fep = new FakeFep();
    Outage outage =
        new Outage(LocalDateTime.of(2025, 3, 1, 0, 0), LocalDateTime.of(2025, 3, 1, 6, 0));
    UnitSimulation unit = unit(fep);
    unit.advanceTo(LocalDateTime.of(2025, 3, 1, 5, 30), outage, new RunCounters(), () -> false);
    int beforeOutage = fep.uploads.size();
    // the 23:00 hour ends at midnight, when the link is already down
    assertEquals(1, beforeOutage, "only the 22:00 hour went out before the link failed");
    assertEquals(7, unit.backlog().uploads(), "six hours and the day of 28 February are kept");

    unit.advanceTo(UNTIL, outage, new RunCounters(), () -> false);
    assertTrue(unit.backlog().isEmpty());
    List<String[]> resent = fep.uploads.get(beforeOutage);
    assertEquals("2025-02-28 23:00:00", resent.get(0)[1], "the oldest hour first");
    assertEquals("2025-03-01 06:00:00", resent.get(0)[2], "sent when the link is back");
    List<String> realtime =
        fep.uploads.stream()
            .flatMap(List::stream)
            .filter(i -> i[0].equals("0"))
            .map(i -> i[1])
            .toList();
    assertEquals(realtime.stream().sorted().toList(), realtime);
    assertEquals(29 * 4, realtime.size());
  }

  @Test
  void aBusyPlatformKeepsTheBacklogAndAnInvalidUploadIsDropped() throws Exception {
    FakeFep busy = new FakeFep();
    busy.code = "1";
    busy.message = "系统繁忙";
    UnitSimulation kept = unit(busy);
    RunCounters counters = new RunCounters();
    kept.advanceTo(UNTIL, Outage.NONE, counters, () -> false);
    assertEquals(1, busy.uploads.size(), "one attempt, then back-off");
    assertEquals(29 + 2 + 1, kept.backlog().uploads());
    assertTrue(counters.drain().contains("failed 1"));

    FakeFep strict = new FakeFep();
    strict.code = "1";
    strict.message = "第1条数据：统计时间晚于当前时间";
    UnitSimulation dropped = unit(strict);
    dropped.advanceTo(UNTIL, Outage.NONE, counters, () -> false);
    assertTrue(dropped.backlog().isEmpty());
    assertTrue(counters.drain().contains("refused 32"));
  }

  @Test
  void aSavedBacklogIsWhereARestartedDeviceContinues(@org.junit.jupiter.api.io.TempDir Path state)
      throws Exception {
    FakeFep fep = new FakeFep();
    Outage always = new Outage(LocalDateTime.MIN, LocalDateTime.MAX);
    UnitSimulation unit = unit(fep);
    unit.advanceTo(UNTIL, always, new RunCounters(), () -> false);
    unit.saveBacklog(state);
    Backlog reloaded = Backlog.load(UnitSimulation.backlogFile(state, DEVICE.creditCode()));
    assertEquals(unit.backlog().contents(), reloaded.contents());
    assertEquals(UNTIL, unit.cursor());
  }
}
