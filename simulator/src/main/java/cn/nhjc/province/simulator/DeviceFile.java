package cn.nhjc.province.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The devices issued so far, in {@code devices.csv} ({@code
 * creditCode,deviceId,secretKey,uploadTime}). A unit registers only once, so losing this file means
 * asking an administrator to rotate the keys: new devices are appended, never rewritten.
 */
public final class DeviceFile {

  static final String HEADER = "creditCode,deviceId,secretKey,uploadTime";

  private final Path file;
  private final Map<String, Device> byCreditCode = new LinkedHashMap<>();

  private DeviceFile(Path file) {
    this.file = file;
  }

  /** Reads {@code devices.csv} in {@code stateDir}, or starts empty when there is none. */
  public static DeviceFile open(Path stateDir) throws IOException {
    DeviceFile devices = new DeviceFile(stateDir.resolve("devices.csv"));
    if (Files.exists(devices.file)) {
      List<String> lines = Files.readAllLines(devices.file, StandardCharsets.UTF_8);
      for (String line : lines) {
        String[] cells = line.split(",", -1);
        if (line.isBlank() || line.equals(HEADER) || cells.length < 4) {
          continue;
        }
        // a later line wins: it is the key of the latest register (after a key rotation)
        devices.byCreditCode.put(cells[0], new Device(cells[0], cells[1], cells[2], cells[3]));
      }
    }
    return devices;
  }

  public synchronized Device find(String creditCode) {
    return byCreditCode.get(creditCode);
  }

  public synchronized Map<String, Device> all() {
    return Map.copyOf(byCreditCode);
  }

  /** Records a newly issued device, on disk first. */
  public synchronized void add(Device device) throws IOException {
    Files.createDirectories(file.getParent());
    StringBuilder text = new StringBuilder();
    if (!Files.exists(file) || Files.size(file) == 0) {
      text.append(HEADER).append('\n');
    }
    text.append(
        String.join(
            ",", device.creditCode(), device.deviceId(), device.secretKey(), device.uploadTime()));
    text.append('\n');
    Files.writeString(
        file,
        text,
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND,
        StandardOpenOption.SYNC);
    byCreditCode.put(device.creditCode(), device);
  }
}
