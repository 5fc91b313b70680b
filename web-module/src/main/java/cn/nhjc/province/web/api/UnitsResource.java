package cn.nhjc.province.web.api;

import cn.nhjc.province.registry.application.PageResult;
import cn.nhjc.province.registry.application.UnitDto;
import cn.nhjc.province.registry.application.UnitService;
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

/** The key units in the caller's scope. */
@Path("/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "units", description = "重点用能单位")
@SecurityRequirement(name = "keycloak")
public class UnitsResource {

  @EJB private UnitService units;

  @GET
  @Operation(
      summary = "Key units in the caller's scope, paged",
      description =
          "A province role sees the whole province, a city official their city, an enterprise"
              + " user their own unit. region and industry narrow the list by code prefix.")
  public PageResult<UnitDto> list(
      @QueryParam("region") String region,
      @QueryParam("industry") String industry,
      @BeanParam PageRequest paging) {
    return units.find(region, industry, paging.page(), paging.size());
  }
}
