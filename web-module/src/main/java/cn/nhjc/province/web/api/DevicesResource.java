package cn.nhjc.province.web.api;

import cn.nhjc.province.registry.application.DeviceDirectory;
import cn.nhjc.province.registry.application.DeviceDto;
import cn.nhjc.province.registry.application.DeviceImport;
import cn.nhjc.province.registry.application.DeviceRegistry;
import cn.nhjc.province.registry.application.ImportResult;
import cn.nhjc.province.registry.application.PageResult;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Units' end devices, for platform administrators, and the confirmation of a registered device, for
 * them and the unit's enterprise user (the EJBs check the role; any other gets 403). Keys and whole
 * deviceIds never appear here.
 */
@Path("/devices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "administration")
@SecurityRequirement(name = "keycloak")
public class DevicesResource {

  @EJB private DeviceDirectory directory;
  @EJB private DeviceImport deviceImport;
  @EJB private DeviceRegistry registry;

  @GET
  @Operation(
      summary = "Registered devices by credit code, paged; without their keys",
      description = "origin is register (through the protocol) or import (previous platform).")
  public PageResult<DeviceDto> list(@BeanParam PageRequest paging) {
    return directory.find(paging.page(), paging.size());
  }

  @POST
  @Path("/{deviceId}/confirm")
  @Operation(
      summary = "Confirm a registered device (enrolment)",
      description =
          "A device that registered through the protocol is pending: its uploads and information"
              + " changes are refused until the unit's enterprise user or a platform administrator"
              + " confirms it with the whole deviceId the device shows (the platform shows only a"
              + " prefix). An enterprise user confirms its own unit's device only. Confirming a"
              + " confirmed device changes nothing.")
  @APIResponse(responseCode = "200", description = "confirmed: the unit and the device's state")
  @APIResponse(
      responseCode = "404",
      description = "no device has this id, or it belongs to another unit than the caller's")
  @APIResponse(
      responseCode = "403",
      description = "neither a platform administrator nor an enterprise user")
  public DeviceDto confirm(@PathParam("deviceId") String deviceId) {
    DeviceRegistry.Confirmation confirmed =
        registry.confirm(deviceId).orElseThrow(() -> new NotFoundException("no such device"));
    return directory
        .findByUnit(confirmed.creditCode())
        .orElseThrow(() -> new NotFoundException("no such device"));
  }

  @POST
  @Path("/import")
  @Consumes("text/csv")
  @Operation(
      summary = "Take over devices from a previous platform (UTF-8 CSV)",
      description =
          "Header creditCode,deviceId,secretKey (deviceId and secretKey 32 hex digits). Each line"
              + " is registered on its own: refused lines are listed (line 1 = header), the others"
              + " stay. At most 10 MB.")
  @APIResponse(responseCode = "200", description = "the lines imported and the lines refused")
  @APIResponse(responseCode = "400", description = "not UTF-8, or a header column missing")
  @APIResponse(responseCode = "403", description = "not a platform administrator")
  public ImportResult importCsv(InputStream body) {
    return deviceImport.importCsv(Uploads.read(body));
  }
}
