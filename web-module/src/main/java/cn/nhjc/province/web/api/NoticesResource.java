package cn.nhjc.province.web.api;

import cn.nhjc.province.platform.notice.Notice;
import cn.nhjc.province.platform.notice.NoticePage;
import cn.nhjc.province.platform.notice.Notices;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's notices (通知): a unit's enterprise users see their unit's, officials those of their
 * role in their region ({@link Notices}). Another caller's notice is answered as one that does not
 * exist (404).
 */
@Path("/notices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notices")
@SecurityRequirement(name = "keycloak")
public class NoticesResource {

  @EJB private Notices notices;

  @GET
  @Operation(
      summary = "The caller's notices, newest first",
      description =
          "Each with the caller's own read and acknowledged times; unread=true: only"
              + " those the caller has not read.")
  @APIResponse(responseCode = "200", description = "a page of notices")
  @APIResponse(responseCode = "400", description = "bad paging")
  @APIResponse(responseCode = "403", description = "a role without notices")
  public NoticePage list(
      @Parameter(description = "only the unread ones") @QueryParam("unread") @DefaultValue("false")
          boolean unread,
      @BeanParam PageRequest paging) {
    return notices.mine(unread, paging.page(), paging.size());
  }

  @POST
  @Path("/{id}/acknowledge")
  @Operation(
      summary = "Acknowledge one of the caller's notices (and mark it read)",
      description = "The first acknowledgement's time stays; acknowledging again changes nothing.")
  @APIResponse(responseCode = "200", description = "the notice as it now is")
  @APIResponse(responseCode = "404", description = "no such notice among the caller's")
  @APIResponse(responseCode = "403", description = "a role without notices")
  public Notice acknowledge(@PathParam("id") long id) {
    return notices
        .acknowledge(id)
        .orElseThrow(() -> new NotFoundException("no notice " + id + " among the caller's"));
  }
}
