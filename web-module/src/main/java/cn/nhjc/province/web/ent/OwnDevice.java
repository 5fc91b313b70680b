package cn.nhjc.province.web.ent;

import cn.nhjc.province.registry.application.DeviceDirectory;
import cn.nhjc.province.registry.application.DeviceDto;
import cn.nhjc.province.registry.application.DeviceRegistry;
import cn.nhjc.province.web.common.DeviceMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The enterprise's own end device (ent/index.xhtml): its state, its confirmation with the whole id
 * the device shows, and whether its uploads must be signed.
 */
@Named
@ViewScoped
public class OwnDevice implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private DeviceDirectory directory;
  @EJB private DeviceRegistry registry;

  private DeviceDto device;
  private boolean loaded;
  private String deviceId;

  /** The unit's device, {@code null} when it has none. */
  public DeviceDto getDevice() {
    if (!loaded) {
      device = directory.own().orElse(null);
      loaded = true;
    }
    return device;
  }

  public void confirm() {
    DeviceMessages.confirm(registry, deviceId);
    deviceId = null;
    loaded = false;
  }

  /** Sets whether the unit's device must sign its uploads. */
  public void requireSignature(boolean required) {
    DeviceDto current = getDevice();
    if (current != null) {
      registry.requireSignature(current.creditCode(), required);
      DeviceMessages.info("devices.signatureSet", current.creditCode());
      loaded = false;
    }
  }

  public String getDeviceId() {
    return deviceId;
  }

  public void setDeviceId(String deviceId) {
    this.deviceId = deviceId;
  }
}
