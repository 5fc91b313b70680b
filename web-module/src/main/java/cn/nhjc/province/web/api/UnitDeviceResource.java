package cn.nhjc.province.web.api;

import cn.nhjc.province.platform.input.Quote;
import cn.nhjc.province.registry.application.DeviceDirectory;
import cn.nhjc.province.registry.application.DeviceRegistry;
import jakarta.ejb.EJB;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A unit's end device: key rotation, for platform administrators. */
@Path("/units/{creditCode}/device")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "administration")
@SecurityRequirement(name = "keycloak")
public class UnitDeviceResource {

  @EJB private DeviceDirectory directory;
  @EJB private DeviceRegistry registry;

  @POST
  @Path("/rotate-key")
  @Operation(
      summary = "Give the unit's device a new key at once",
      description =
          "The old key stops decrypting; the unit registers once more to fetch the new one.")
  @APIResponse(responseCode = "204", description = "rotated")
  @APIResponse(responseCode = "404", description = "the unit has no registered device")
  @APIResponse(responseCode = "403", description = "not a platform administrator")
  public Response rotateKey(@PathParam("creditCode") String creditCode) {
    // the directory is admin-only too, so a non-administrator learns nothing from a 404
    if (directory.findByUnit(creditCode).isEmpty()) {
      throw new NotFoundException("unit " + Quote.of(creditCode) + " has no registered device");
    }
    registry.rotateKey(creditCode);
    return Response.noContent().build();
  }
}
