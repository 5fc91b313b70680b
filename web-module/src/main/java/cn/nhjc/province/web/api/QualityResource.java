package cn.nhjc.province.web.api;

import cn.nhjc.province.monitoring.application.QualityAlarms;
import cn.nhjc.province.registry.application.PageResult;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Data quality (protocol §6): the statistics job's index per unit and its alarms. */
@Path("/quality")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "quality", description = "数据质量")
@SecurityRequirement(name = "keycloak")
public class QualityResource {

  @EJB private QualityAlarms alarms;

  @GET
  @Path("/alarms")
  @Operation(
      summary = "Quality alarms in the caller's scope, newest first",
      description =
          "rule completeness, daily-vs-monthly, timeliness or gap; status open or resolved (both"
              + " when absent). Supervisors and province officials see the province, city"
              + " officials their city, an enterprise its own unit.")
  public PageResult<QualityAlarms.Alarm> alarms(
      @QueryParam("status") String status, @BeanParam PageRequest paging) {
    return alarms.alarms(status, paging.page(), paging.size());
  }
}
