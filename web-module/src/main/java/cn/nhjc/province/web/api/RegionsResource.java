package cn.nhjc.province.web.api;

import cn.nhjc.province.platform.input.Quote;
import cn.nhjc.province.registry.application.RegionDto;
import cn.nhjc.province.registry.application.RegionService;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The configured province's divisions (public). */
@Path("/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "regions", description = "行政区划 (public)")
public class RegionsResource {

  @EJB private RegionService regions;

  @GET
  @Operation(summary = "The province, its cities and its county-level divisions, by code")
  public List<RegionDto> list() {
    return regions.provinceRegions();
  }

  @GET
  @Path("/{code}")
  @Operation(summary = "One division by its six-digit code")
  @APIResponse(responseCode = "404", description = "no division with that code")
  public RegionDto get(@PathParam("code") String code) {
    return regions
        .find(code)
        .orElseThrow(() -> new NotFoundException("no region " + Quote.of(code)));
  }
}
