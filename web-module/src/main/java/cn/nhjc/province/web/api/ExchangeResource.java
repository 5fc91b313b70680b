package cn.nhjc.province.web.api;

import cn.nhjc.province.exchange.application.DeadLetters;
import cn.nhjc.province.exchange.application.IntakeLanes;
import cn.nhjc.province.exchange.application.UploadLog;
import cn.nhjc.province.registry.application.PageResult;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The front-end processor's upload log and the intake's dead letters, for administrators. */
@Path("/exchange")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "exchange", description = "数据交换：上传日志与死信队列")
@SecurityRequirement(name = "keycloak")
public class ExchangeResource {

  @EJB private UploadLog log;
  @EJB private DeadLetters deadLetters;
  @EJB private IntakeLanes lanes;

  @GET
  @Path("/log")
  @Operation(
      summary = "Every request the front-end processor received, newest first",
      description = "Administrators and supervisors. creditCode and accepted filter the log.")
  public PageResult<UploadLog.LogLine> log(
      @QueryParam("creditCode") String creditCode,
      @QueryParam("accepted") Boolean accepted,
      @BeanParam PageRequest paging) {
    return log.all(creditCode, accepted, paging.page(), paging.size());
  }

  @GET
  @Path("/lanes")
  @Operation(
      summary = "The intake lanes: what waits in each queue, for how long, and the store rate",
      description =
          "Administrators and supervisors. A lane is stalled when its oldest waiting upload is"
              + " older than its threshold (settings health.live-lane-max-age-ms,"
              + " health.catch-up-lane-max-age-ms).")
  public List<IntakeLanes.LaneStatus> lanes() {
    return lanes.lanesForOperators();
  }

  @GET
  @Path("/dead-letters")
  @Operation(
      summary = "Uploads the intake could not store after every redelivery, paged",
      description = "At most 500 dead letters are listed; total counts those.")
  public PageResult<DeadLetters.DeadLetter> deadLetters(@BeanParam PageRequest paging) {
    return Paging.of(deadLetters.list(), paging.page(), paging.size());
  }

  @POST
  @Path("/dead-letters/{messageId}/replay")
  @Operation(summary = "Send a dead letter back to the intake queue")
  public Response replay(@PathParam("messageId") String messageId) {
    deadLetters.replay(messageId);
    return Response.noContent().build();
  }

  @DELETE
  @Path("/dead-letters/{messageId}")
  @Operation(summary = "Discard a dead letter for good")
  public Response discard(@PathParam("messageId") String messageId) {
    deadLetters.discard(messageId);
    return Response.noContent().build();
  }
}
