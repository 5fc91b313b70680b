package cn.nhjc.province.web.common;

import cn.nhjc.province.registry.application.DeviceRegistry;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** What the device pages of administrators and enterprises say after an action. */
public final class DeviceMessages {
  private DeviceMessages() {}

  /** Confirms the device whose whole id the user typed in, and says how it went. */
  public static void confirm(DeviceRegistry registry, String deviceId) {
    String typed = deviceId == null ? "" : deviceId.trim();
    registry
        .confirm(typed)
        .ifPresentOrElse(
            confirmed -> info("devices.enrolled", confirmed.creditCode()),
            () -> message(FacesMessage.SEVERITY_WARN, "devices.enrolUnknown", ""));
  }

  /** An information message: the bundle's text for {@code key}, then {@code detail}. */
  public static void info(String key, String detail) {
    message(FacesMessage.SEVERITY_INFO, key, detail);
  }

  private static void message(FacesMessage.Severity severity, String key, String detail) {
    FacesContext context = FacesContext.getCurrentInstance();
    String text = context.getApplication().getResourceBundle(context, "msg").getString(key);
    context.addMessage(null, new FacesMessage(severity, (text + " " + detail).trim(), null));
  }
}
