package cn.nhjc.province.web.api;

import cn.nhjc.province.metrology.application.MeterDto;
import cn.nhjc.province.metrology.application.MeterExchangeDto;
import cn.nhjc.province.metrology.application.MeterRegistry;
import cn.nhjc.province.metrology.application.MeterVersion;
import cn.nhjc.province.metrology.application.MetrologyXlsx;
import cn.nhjc.province.metrology.domain.MeterExchangeInput;
import cn.nhjc.province.metrology.domain.MeterInput;
import cn.nhjc.province.platform.input.Quote;
import cn.nhjc.province.registry.application.ImportFiles;
import cn.nhjc.province.registry.application.PageResult;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A unit's meter registry (计量器具台账): read by the government roles in scope and the unit's own
 * enterprise user; kept by that user and by metrology officers. The role and scope checks are
 * {@link MeterRegistry}'s: another unit's user and another city's official get 403.
 */
@Path("/units/{creditCode}/meters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "metrology")
@SecurityRequirement(name = "keycloak")
public class MetersResource {

  private static final String XLSX = "xlsx";

  static final String INPUT_DESCRIPTION =
      "meterTypeCode (JJF catalogue, e.g. 15260500 交流电能表), serialNo (unique in the unit), name,"
          + " maker, model, accuracyClass (0.5S, 1.0, 2 …), measuringRange, level (1 进出用能单位,"
          + " 2 主要次级用能单位, 3 主要用能设备: it must match the place), structureCode (the node of"
          + " the unit's structure it is installed at), energyTypeCode, collectItems (the dataCodes"
          + " it feeds), calibratedOn (yyyy-MM-dd) with calibrationMonths, calibrationInstitution,"
          + " certificateNo, status (in-service, spare, retired; default in-service),"
          + " counterCapacity (the reading its counter rolls over at). A refusal is a 400 problem"
          + " listing every reason; nothing is stored.";

  /**
   * A unit outside the caller's scope is refused (403) whether or not it exists; a meter id the
   * unit (in scope) does not have is a 404 problem.
   */
  static final String NOT_FOUND =
      "A unit outside the caller's scope is refused (403) whether or not it exists; a meter the"
          + " unit does not have is a 404 problem.";

  @EJB private MeterRegistry registry;

  @GET
  @Produces({MediaType.APPLICATION_JSON, MetrologyXlsx.MEDIA_TYPE})
  @Operation(
      summary = "The unit's meters",
      description =
          "By level, place and serial number; each with its calibration state (valid, expiring"
              + " within metrology.due-window-days, expired, none) and version. format=xlsx: the"
              + " whole list as a workbook (计量器具台账).")
  @APIResponse(responseCode = "200", description = "a page of meters, or the workbook")
  @APIResponse(responseCode = "400", description = "bad paging or a format other than xlsx")
  @APIResponse(
      responseCode = "403",
      description = "not a role that reads meters, or the unit lies outside the caller's scope")
  public Response list(
      @PathParam("creditCode") String creditCode,
      @BeanParam PageRequest paging,
      @Parameter(description = "xlsx for the workbook; absent for JSON") @QueryParam("format")
          String format) {
    if (xlsx(format)) {
      return attachment(
          registry.metersXlsx(creditCode),
          "meters-" + creditCode + ".xlsx",
          "计量器具台账-" + creditCode + ".xlsx");
    }
    List<MeterDto> meters = registry.meters(creditCode);
    PageResult<MeterDto> page = Paging.of(meters, paging.page(), paging.size());
    return Response.ok(page, MediaType.APPLICATION_JSON).build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One meter of the unit", description = NOT_FOUND)
  @APIResponse(responseCode = "200", description = "the meter")
  @APIResponse(responseCode = "403", description = "not allowed, or outside the caller's scope")
  public MeterDto get(@PathParam("creditCode") String creditCode, @PathParam("id") long id) {
    return registry
        .meter(creditCode, id)
        .orElseThrow(() -> new NotFoundException("the unit has no meter " + id));
  }

  @GET
  @Path("/{id}/history")
  @Operation(
      summary = "Every version of a meter, newest first",
      description =
          "Who changed it when, how (create, update, import, exchange), and the meter"
              + " as it then was (the JSON of its row).")
  @APIResponse(responseCode = "200", description = "the versions")
  @APIResponse(responseCode = "403", description = "not allowed, or outside the caller's scope")
  public List<MeterVersion> history(
      @PathParam("creditCode") String creditCode, @PathParam("id") long id) {
    return registry
        .history(creditCode, id)
        .orElseThrow(() -> new NotFoundException("the unit has no meter " + id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register a meter of the unit", description = INPUT_DESCRIPTION)
  @APIResponse(responseCode = "201", description = "the meter, with its Location")
  @APIResponse(responseCode = "400", description = "refused, with every reason; nothing stored")
  @APIResponse(
      responseCode = "403",
      description = "neither the unit's own enterprise user nor a metrology officer")
  public Response create(@PathParam("creditCode") String creditCode, MeterInput input) {
    // no body is a meter with no field: refused for every missing field, after the caller's role
    // and scope are checked
    MeterDto meter = registry.create(creditCode, input == null ? MeterInput.empty() : input);
    return Response.created(
            UriBuilder.fromResource(MetersResource.class)
                .path(String.valueOf(meter.id()))
                .build(creditCode))
        .entity(meter)
        .build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a meter of the unit (a new version; the old one stays in its history)",
      description = INPUT_DESCRIPTION + " " + NOT_FOUND)
  @APIResponse(responseCode = "200", description = "the meter as changed")
  @APIResponse(responseCode = "400", description = "refused, with every reason; nothing stored")
  @APIResponse(
      responseCode = "403",
      description = "neither the unit's own enterprise user nor a metrology officer")
  public MeterDto update(
      @PathParam("creditCode") String creditCode, @PathParam("id") long id, MeterInput input) {
    return registry
        .update(creditCode, id, input == null ? MeterInput.empty() : input)
        .orElseThrow(() -> new NotFoundException("the unit has no meter " + id));
  }

  @POST
  @Path("/{id}/exchange")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record that meter {id} was replaced by another meter of the unit",
      description =
          "Body {newMeterId, exchangedAt (ISO instant), oldFinalReading, newFirstReading}: the old"
              + " meter's final reading and the new one's first, so that the change of counters"
              + " never shows as consumption. The old meter is retired, the new one in service"
              + " (feeding the old one's collect items if it fed none); both get a new version. "
              + NOT_FOUND)
  @APIResponse(responseCode = "200", description = "the exchange recorded")
  @APIResponse(responseCode = "400", description = "refused, with every reason; nothing stored")
  @APIResponse(
      responseCode = "403",
      description = "neither the unit's own enterprise user nor a metrology officer")
  public MeterExchangeDto exchange(
      @PathParam("creditCode") String creditCode,
      @PathParam("id") long id,
      MeterExchangeInput input) {
    return registry
        .exchange(creditCode, id, input == null ? MeterExchangeInput.empty() : input)
        .orElseThrow(() -> new NotFoundException("the unit has no meter " + id));
  }

  @GET
  @Path("/exchanges")
  @Operation(summary = "The unit's recorded meter exchanges, newest first")
  @APIResponse(responseCode = "200", description = "the exchanges")
  @APIResponse(responseCode = "403", description = "not allowed, or outside the caller's scope")
  public List<MeterExchangeDto> exchanges(@PathParam("creditCode") String creditCode) {
    return registry.exchanges(creditCode);
  }

  /** What an import stored. */
  public record Imported(int imported) {}

  @POST
  @Path("/import")
  @Consumes(ImportFiles.XLSX_MEDIA_TYPE)
  @Operation(
      summary = "Import the unit's meters from XLSX (first sheet, row 1 the header)",
      description =
          "The template's header (GET …/meters/import/template; English or Chinese column names)."
              + " A line whose serialNo the unit has registered changes that meter (a new"
              + " version), any other registers one. All or nothing: one refused line refuses the"
              + " file, and the 400 problem lists every refused line (第 n 行, line 1 = header)"
              + " with its reasons. At most 10 MB.")
  @APIResponse(responseCode = "200", description = "how many lines were imported")
  @APIResponse(
      responseCode = "400",
      description = "not an XLSX workbook, a column missing, or refused lines; nothing stored")
  @APIResponse(
      responseCode = "403",
      description = "neither the unit's own enterprise user nor a metrology officer")
  public Imported importXlsx(@PathParam("creditCode") String creditCode, InputStream body) {
    return new Imported(registry.importXlsx(creditCode, Uploads.read(body)));
  }

  @GET
  @Path("/import/template")
  @Produces(ImportFiles.XLSX_MEDIA_TYPE)
  @Operation(summary = "The empty meter list (XLSX) with its header row")
  @APIResponse(
      responseCode = "200",
      description = "the template",
      content =
          @Content(
              mediaType = ImportFiles.XLSX_MEDIA_TYPE,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "403", description = "not allowed, or outside the caller's scope")
  public Response template(@PathParam("creditCode") String creditCode) {
    registry.meters(creditCode); // the role and the unit's scope
    return attachment(
        registry.template(), "meter-list-template.xlsx", MeterRegistry.TEMPLATE_FILE_NAME);
  }

  /**
   * Whether a format parameter asks for the workbook: absent or blank for JSON, {@code xlsx} (any
   * case) for the workbook.
   *
   * @throws IllegalArgumentException for any other format
   */
  static boolean xlsx(String format) {
    if (format == null || format.isBlank()) {
      return false;
    }
    if (!XLSX.equalsIgnoreCase(format.strip())) {
      throw new IllegalArgumentException("format must be xlsx: " + Quote.of(format));
    }
    return true;
  }

  static Response attachment(byte[] workbook, String ascii, String name) {
    return Response.ok(workbook, MetrologyXlsx.MEDIA_TYPE)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\""
                + ascii.replaceAll("[^A-Za-z0-9._-]", "_")
                + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
        .build();
  }
}
