package cn.nhjc.province.simulator;

import java.io.IOException;

/**
 * Confirms a device that has just registered: the platform keeps a registered device pending until
 * the unit's enterprise user or an administrator confirms it with the whole deviceId the device
 * shows (docs/protocol.md, register). The demo's simulated devices are confirmed by the demo
 * administrator through the API.
 */
@FunctionalInterface
public interface DeviceConfirmation {
  /** Nobody confirms: for platforms (and tests) that do not ask for it. */
  DeviceConfirmation NONE = deviceId -> {};

  void confirm(String deviceId) throws IOException, InterruptedException;

  /** Confirmation by the demo administrator through {@code POST /api/v1/devices/{id}/confirm}. */
  static DeviceConfirmation byAdministrator(String baseUrl, String keycloakUrl) {
    PlatformApi api = new PlatformApi(baseUrl, keycloakUrl);
    return api::confirmDevice;
  }
}
