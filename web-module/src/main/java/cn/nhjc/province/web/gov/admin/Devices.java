package cn.nhjc.province.web.gov.admin;

import cn.nhjc.province.registry.application.DeviceDirectory;
import cn.nhjc.province.registry.application.DeviceDto;
import cn.nhjc.province.registry.application.DeviceRegistry;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The devices page (gov/admin/devices.xhtml): registered devices and key rotation. */
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
          return device.deviceId();
        }
      };

  /** Gives the unit's device a new key; the unit must register once more to fetch it. */
  public void rotateKey(String creditCode) {
    FacesContext context = FacesContext.getCurrentInstance();
    registry.rotateKey(creditCode);
    String text =
        context.getApplication().getResourceBundle(context, "msg").getString("devices.rotated");
    context.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_INFO, text + " " + creditCode, null));
  }

  public LazyDataModel<DeviceDto> getDevices() {
    return devices;
  }
}
