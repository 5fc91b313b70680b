package cn.nhjc.province.web.api;

import cn.nhjc.province.exchange.application.SupplyIntake;
import cn.nhjc.province.platform.config.PlatformSettings;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Energy suppliers' per-customer supply figures (protocol inputType 6, 能源供应单位). */
@Path("/supply")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "exchange")
@SecurityRequirement(name = "keycloak")
public class SupplyResource {

  @EJB private SupplyIntake intake;
  @EJB private PlatformSettings settings;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Supply figures of an energy supplier (role energy-supplier)",
      description =
          "Body {\"items\":[{\"creditCode\",\"energyTypeCode\",\"statType\",\"statDate\","
              + "\"value\"}]}, every value a string: the customer unit's credit code (on the"
              + " key-unit list), an energy type the supplier supplies, statType 1 (day) or 2"
              + " (month), statDate the period's start (yyyy-MM-dd HH:mm:ss, Beijing time, not in"
              + " the future), value a non-negative decimal. The whole request is checked before"
              + " anything is stored; a figure sent again replaces the stored one. The supplier is"
              + " the one of the caller's account (claim supplier_code).")
  @APIResponse(
      responseCode = "200",
      description =
          "{\"responseCode\":\"0\",\"responseMessage\":\"RECEIVE SUCCESS\",\"accepted\":n}")
  @APIResponse(
      responseCode = "400",
      description = "{\"responseCode\":\"1\",\"responseMessage\":\"第N条数据：…\"}; nothing stored",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      description = "the protocol's envelope: responseCode, responseMessage")))
  @APIResponse(responseCode = "403", description = "not a registered energy supplier's account")
  public Response supply(InputStream body, @Context HttpServletRequest request) {
    return ProtocolBodies.answer(
        intake.receive(ProtocolBodies.read(body, settings), request.getRemoteAddr()));
  }
}
