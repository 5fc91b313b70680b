package cn.nhjc.province.web.api;

import cn.nhjc.province.registry.application.DeviceDirectory;
import cn.nhjc.province.registry.application.DeviceDto;
import cn.nhjc.province.registry.application.DeviceRegistry;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A unit's end device: its state and signature requirement, for platform administrators and the
 * unit's own enterprise user; key rotation, for platform administrators.
 */
@Path("/units/{creditCode}/device")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "administration")
@SecurityRequirement(name = "keycloak")
public class UnitDeviceResource {

  @EJB private DeviceDirectory directory;
  @EJB private DeviceRegistry registry;

  /** Whether the unit's device must sign its requests. */
  public record SignatureRequirement(boolean required) {}

  @GET
  @Operation(
      summary = "The unit's end device: status, registration, signature requirement",
      description = "Without its key; of the deviceId only a prefix.")
  @APIResponse(responseCode = "200", description = "the device")
  @APIResponse(
      responseCode = "404",
      description = "the unit has no device, or is not the caller's own unit")
  @APIResponse(
      responseCode = "403",
      description = "neither a platform administrator nor an enterprise user")
  public DeviceDto get(@PathParam("creditCode") String creditCode) {
    return directory
        .findByUnit(creditCode)
        .orElseThrow(() -> new NotFoundException("the unit has no device"));
  }

  @PUT
  @Path("/signature")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Require (or not) the HMAC-SM3 signature on the device's uploads",
      description =
          "When required, every uploadEnergyData and uploadEnergyInfo of the unit must carry the"
              + " header X-Signature-SM3 (docs/protocol.md); unsigned ones are refused.")
  @APIResponse(responseCode = "200", description = "the device with its new requirement")
  @APIResponse(
      responseCode = "404",
      description = "the unit has no device, or is not the caller's own unit")
  @APIResponse(
      responseCode = "403",
      description = "neither a platform administrator nor an enterprise user")
  public DeviceDto requireSignature(
      @PathParam("creditCode") String creditCode, SignatureRequirement requirement) {
    get(creditCode); // the role and the unit's scope first
    if (requirement == null) {
      throw new BadRequestException("body {\"required\": true|false} expected");
    }
    if (!registry.requireSignature(creditCode, requirement.required())) {
      throw new NotFoundException("the unit has no device");
    }
    return get(creditCode);
  }

  @POST
  @Path("/rotate-key")
  @Operation(
      summary = "Give the unit's device a new key at once",
      description =
          "The old key stops decrypting at once and the device is pending: the unit registers"
              + " once more, which hands out a new deviceId with the new key, and confirms it.")
  @APIResponse(responseCode = "204", description = "rotated")
  @APIResponse(responseCode = "404", description = "the unit has no registered device")
  @APIResponse(responseCode = "403", description = "not a platform administrator")
  public Response rotateKey(@PathParam("creditCode") String creditCode) {
    try {
      registry.rotateKey(creditCode); // administrators only: any other caller gets 403 first
    } catch (EJBException e) {
      if (e.getCause() instanceof IllegalArgumentException) {
        throw new NotFoundException("the unit has no registered device");
      }
      throw e;
    }
    return Response.noContent().build();
  }
}
