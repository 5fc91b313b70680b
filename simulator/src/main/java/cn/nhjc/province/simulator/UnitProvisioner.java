package cn.nhjc.province.simulator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;

/**
 * Gets units ready: reuses the device in the state dir or registers the unit and has its device
 * confirmed, then downloads its configuration. A unit that cannot be made ready is logged and left
 * out.
 */
public final class UnitProvisioner {

  private static final Logger LOG = Logger.getLogger(UnitProvisioner.class.getName());

  /** How the platform's refusal of a request of a device not yet confirmed begins. */
  static final String PENDING = "设备待确认";

  private final FrontEndProcessor fep;
  private final DeviceFile devices;
  private final DeviceConfirmation confirmation;

  public UnitProvisioner(FrontEndProcessor fep, DeviceFile devices) {
    this(fep, devices, DeviceConfirmation.NONE);
  }

  public UnitProvisioner(
      FrontEndProcessor fep, DeviceFile devices, DeviceConfirmation confirmation) {
    this.fep = fep;
    this.devices = devices;
    this.confirmation = confirmation;
  }

  /** Prepares all units with {@code threads} requests at a time; keeps the input order. */
  public List<ProvisionedUnit> provisionAll(List<UnitRef> units, int threads)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<Optional<ProvisionedUnit>>> pending = new ArrayList<>();
      for (UnitRef unit : units) {
        pending.add(pool.submit(() -> provision(unit)));
      }
      List<ProvisionedUnit> ready = new ArrayList<>();
      for (Future<Optional<ProvisionedUnit>> future : pending) {
        try {
          future.get().ifPresent(ready::add);
        } catch (ExecutionException e) {
          LOG.warning("unit not prepared: " + e.getCause());
        }
      }
      return ready;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Prepares one unit, or explains in the log why it cannot be. */
  public Optional<ProvisionedUnit> provision(UnitRef unit) throws InterruptedException {
    try {
      Device device = devices.find(unit.creditCode());
      if (device == null) {
        FepAnswer answer = fep.register(unit);
        if (!answer.accepted()) {
          LOG.warning("register " + unit.creditCode() + " refused: " + answer.message());
          return Optional.empty();
        }
        device =
            new Device(
                unit.creditCode(),
                answer.body().getString("deviceId"),
                answer.body().getString("secretKey"),
                answer.body().getString("uploadTime", "00:30:00"));
        devices.add(device);
        confirmation.confirm(device.deviceId());
      }
      return downloadConfig(device)
          .map(config -> new ProvisionedUnit(unit, devices.find(unit.creditCode()), config));
    } catch (IOException e) {
      LOG.warning("unit " + unit.creditCode() + " not prepared: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** Downloads the unit's current configuration. */
  public Optional<UnitConfig> downloadConfig(Device device)
      throws IOException, InterruptedException {
    FepAnswer answer = fep.downloadConfigData(device);
    if (!answer.accepted() && answer.message().startsWith(PENDING)) {
      // registered by an earlier run whose confirmation did not get through
      confirmation.confirm(device.deviceId());
      answer = fep.downloadConfigData(device);
    }
    if (!answer.accepted()) {
      LOG.warning("downloadConfigData " + device.creditCode() + " refused: " + answer.message());
      return Optional.empty();
    }
    return Optional.of(UnitConfig.fromAnswer(answer.body()));
  }
}
