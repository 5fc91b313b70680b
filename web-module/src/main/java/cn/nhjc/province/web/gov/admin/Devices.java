package cn.nhjc.province.web.gov.admin;

import cn.nhjc.province.registry.application.DeviceDirectory;
import cn.nhjc.province.registry.application.DeviceDto;
import cn.nhjc.province.registry.application.DeviceRegistry;
import cn.nhjc.province.web.common.DeviceMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The devices page (gov/admin/devices.xhtml): registered devices, their confirmation, signature
 * requirement and key rotation.
 */
@Named
@ViewScoped
public class Devices implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private DeviceDirectory directory;
  @EJB private DeviceRegistry registry;

  private final LazyDataModel<DeviceDto> devices =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) directory.count();
        }

        @Override
        public List<DeviceDto> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return directory.list(first / pageSize, pageSize);
        }

        @Override
        public String getRowKey(DeviceDto device) {
          return device.creditCode();
        }
      };

  private String deviceId;

  /** Gives the unit's device a new key; the unit must register once more to fetch it. */
  public void rotateKey(String creditCode) {
    registry.rotateKey(creditCode);
    DeviceMessages.info("devices.rotated", creditCode);
  }

  /** Confirms the pending device whose whole id was typed in. */
  public void confirm() {
    DeviceMessages.confirm(registry, deviceId);
    deviceId = null;
  }

  /** Sets whether the unit's device must sign its uploads. */
  public void requireSignature(String creditCode, boolean required) {
    registry.requireSignature(creditCode, required);
    DeviceMessages.info("devices.signatureSet", creditCode);
  }

  public String getDeviceId() {
    return deviceId;
  }

  public void setDeviceId(String deviceId) {
    this.deviceId = deviceId;
  }

  public LazyDataModel<DeviceDto> getDevices() {
    return devices;
  }
}
