package cn.nhjc.province.web.api;

import cn.nhjc.province.exchange.application.CityPlatformIntake;
import cn.nhjc.province.exchange.application.UploadLog;
import cn.nhjc.province.monitoring.application.QualityAlarms;
import cn.nhjc.province.monitoring.application.StoredValue;
import cn.nhjc.province.monitoring.application.StoredValues;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.platform.config.PlatformSettings;
import cn.nhjc.province.registry.application.PageResult;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One unit's stored values and its upload log, for callers whose scope covers the unit; a city
 * platform's uploads for a unit of its city.
 */
@Path("/units/{creditCode}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "units", description = "重点用能单位")
@SecurityRequirement(name = "keycloak")
public class UnitDataResource {

  @EJB private StoredValues values;
  @EJB private UploadLog log;
  @EJB private CityPlatformIntake cityIntake;
  @EJB private PlatformSettings settings;
  @EJB private QualityAlarms quality;

  @GET
  @Path("/data")
  @Operation(
      summary = "A unit's stored values with their revisions",
      description =
          "from and to are days (yyyy-MM-dd, Beijing calendar, both inclusive); statType 0"
              + " real-time, 1 day, 2 month, 3 year (all when absent). statDate is the protocol's"
              + " Beijing time; revisions are the values later uploads replaced, oldest first."
              + " At most 20,000 values per request. 403 when the unit is outside the caller's"
              + " scope.")
  public List<StoredValue> data(
      @PathParam("creditCode") String creditCode,
      @QueryParam("statType") Integer statType,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return values.find(creditCode, statType, from, to);
  }

  @POST
  @Path("/data")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "A city platform's upload for one unit of its city (role city-platform)",
      description =
          "Body {\"data\":[{\"dataCode\",\"dataValue\",\"inputType\",\"statType\","
              + "\"statDate\",\"scope\",\"valid\"}]}: the items of uploadEnergyData in clear,"
              + " every value a string, checked like a device's (docs/protocol.md) and stored with"
              + " source city. A value outside its item's configured range is stored and counted"
              + " in flagged.")
  @APIResponse(
      responseCode = "200",
      description =
          "{\"responseCode\":\"0\",\"responseMessage\":\"RECEIVE SUCCESS\",\"accepted\":n,"
              + "\"flagged\":m}; queued for storing")
  @APIResponse(
      responseCode = "400",
      description = "{\"responseCode\":\"1\",\"responseMessage\":\"…\"}; nothing stored",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      description = "the protocol's envelope: responseCode, responseMessage")))
  @APIResponse(
      responseCode = "403",
      description = "the unit is not on the list of the caller's city")
  @APIResponse(
      responseCode = "503",
      description =
          "{\"responseCode\":\"1\",\"responseMessage\":\"…\"}; nothing stored, send again: the"
              + " platform failed, or its intake is busy (平台繁忙：待入库数据积压，请 N 秒后重传, header"
              + " Retry-After: N)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      description = "the protocol's envelope: responseCode, responseMessage")))
  public Response upload(
      @PathParam("creditCode") String creditCode,
      InputStream body,
      @Context HttpServletRequest request) {
    return ProtocolBodies.answer(
        cityIntake.receive(
            creditCode, ProtocolBodies.read(body, settings), request.getRemoteAddr()));
  }

  @GET
  @Path("/uploads")
  @Operation(
      summary = "The unit's upload log, newest first",
      description = "Every request its device made: accepted or refused, with the reason.")
  public PageResult<UploadLog.LogLine> uploads(
      @PathParam("creditCode") String creditCode, @BeanParam PageRequest paging) {
    return log.ofUnit(creditCode, paging.page(), paging.size());
  }

  @GET
  @Path("/quality")
  @Operation(
      summary = "A unit's data-quality index for a day or month, with its alarms",
      description =
          "period yyyy-MM-dd or yyyy-MM (protocol §6 rules: completeness, daily sum against the"
              + " monthly value, timeliness, gaps); assessed is false until the statistics job"
              + " has closed the period. 403 outside the caller's scope.")
  public QualityAlarms.UnitQuality quality(
      @PathParam("creditCode") String creditCode, @QueryParam("period") StatPeriod period) {
    return quality.ofUnit(creditCode, period);
  }
}
