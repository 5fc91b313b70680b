package cn.nhjc.province.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFilesTest {

  @TempDir Path state;

  @Test
  void devicesRoundTripAndALaterKeyWins() throws Exception {
    DeviceFile devices = DeviceFile.open(state);
    assertNull(devices.find("91370600710936591P"));
    Device first =
        new Device(
            "91370600710936591P",
            "92ddac131d0517f12f754b9738efeb83",
            "7c7ab08b3d934268996faf7eb5e0342d",
            "01:38:00");
    Device second =
        new Device(
            "91130271170000011R",
            "0123456789abcdef0123456789abcdef",
            "00112233445566778899aabbccddeeff",
            "02:10:00");
    devices.add(first);
    devices.add(second);

    DeviceFile reread = DeviceFile.open(state);
    assertEquals(first, reread.find(first.creditCode()));
    assertEquals(second, reread.find(second.creditCode()));
    assertEquals(DeviceFile.HEADER, Files.readAllLines(state.resolve("devices.csv")).get(0));

    Device rotated =
        new Device(
            first.creditCode(), first.deviceId(), "ffeeddccbbaa99887766554433221100", "01:38:00");
    reread.add(rotated);
    assertEquals(rotated, DeviceFile.open(state).find(first.creditCode()));
    assertEquals(2, DeviceFile.open(state).all().size());
  }

  @Test
  void aSavedBacklogLoadsAsTheSameUploadsInTheSameOrder() throws Exception {
    Backlog backlog = new Backlog();
    backlog.add(quarterHours("00-00-0000-023300-11", LocalDateTime.of(2025, 3, 8, 10, 0), 4));
    backlog.add(
        List.of(
            new Reading(
                "00-00-0000-010104-10",
                1,
                LocalDateTime.of(2025, 3, 7, 0, 0),
                new BigDecimal("0.000"),
                "5",
                "2")));
    backlog.add(quarterHours("00-00-0000-023300-11", LocalDateTime.of(2025, 3, 8, 11, 0), 4));
    Path file = state.resolve("backlog").resolve("u.csv");
    backlog.save(file);

    Backlog loaded = Backlog.load(file);
    assertEquals(backlog.contents(), loaded.contents());
    assertEquals(3, loaded.uploads());
    assertEquals(9, loaded.points());
  }

  @Test
  void anEmptyBacklogLeavesNoFile() throws Exception {
    Path file = state.resolve("backlog").resolve("u.csv");
    Backlog backlog = new Backlog();
    backlog.add(quarterHours("00-00-0000-023300-11", LocalDateTime.of(2025, 3, 8, 10, 0), 1));
    backlog.save(file);
    assertTrue(Files.exists(file));
    backlog.removeOldest();
    backlog.save(file);
    assertFalse(Files.exists(file));
    assertTrue(Backlog.load(file).isEmpty());
  }

  @Test
  void aBacklogSplitsAtTheItemLimit() {
    Backlog backlog = new Backlog();
    backlog.add(quarterHours("00-00-0000-023300-11", LocalDateTime.of(2025, 1, 1, 0, 0), 5_001));
    assertEquals(2, backlog.uploads());
    assertEquals(5_000, backlog.oldest().size());
  }

  @Test
  void cursorsRoundTrip() throws Exception {
    Map<String, LocalDateTime> cursors =
        Map.of("A", LocalDateTime.of(2025, 3, 8, 10, 0), "B", LocalDateTime.of(2025, 3, 9, 0, 0));
    CursorFile.save(state, cursors);
    assertEquals(cursors, CursorFile.load(state));
  }

  private static List<Reading> quarterHours(String code, LocalDateTime from, int count) {
    List<Reading> readings = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      readings.add(
          new Reading(code, 0, from.plusMinutes(15L * i), new BigDecimal(i + ".125"), "4", "1"));
    }
    return readings;
  }
}
