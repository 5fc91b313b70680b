package cn.nhjc.province.web.api;

import cn.nhjc.province.conservation.application.ProgressRow;
import cn.nhjc.province.conservation.application.TargetDto;
import cn.nhjc.province.conservation.application.TargetInput;
import cn.nhjc.province.conservation.application.TargetProgress;
import cn.nhjc.province.conservation.application.Targets;
import cn.nhjc.province.platform.input.Quote;
import cn.nhjc.province.registry.application.ImportFiles;
import cn.nhjc.province.registry.application.ImportResult;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Dual-control targets (能耗双控, docs/conservation.md): allocation in revisions, import and export,
 * progress with forecast and warning. The role and scope checks are the EJBs' ({@link Targets},
 * {@link TargetProgress}): officials, supervisors and administrators read in their scope; province
 * officials allocate every target, a city official those of its counties and units.
 */
@Path("/targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "conservation", description = "节能管理：能耗双控目标、进度、预警、考核")
@SecurityRequirement(name = "keycloak")
public class TargetsResource {

  static final String YEAR = "the year (yyyy)";
  static final String LEVEL = "province, city, county or unit; empty: every level";
  static final String KIND =
      "total (总量, tce) or intensity (强度, tce per 10,000 yuan of value added)";
  static final String FORMAT = "json (default) or xlsx";

  private static final String IMPORT_DESCRIPTION =
      "Header level,holderCode,kind,term,year,baseYear,baseValue,targetValue,note in any order (or"
          + " 层级,代码,类型,期限,年度,基期年,基期值,目标值,备注); term annual (empty) or five-year. Every line"
          + " becomes an issued revision of its holder's target, all in one transaction; when a line"
          + " is refused nothing is stored and the answer lists every refused line (line 1 = header)"
          + " with the reason. At most 10 MB.";

  @EJB private Targets targets;
  @EJB private TargetProgress progress;

  @GET
  @Produces({MediaType.APPLICATION_JSON, ImportFiles.XLSX_MEDIA_TYPE})
  @Operation(
      summary = "The latest revision of every target in the caller's scope",
      description =
          "Also as XLSX (format=xlsx), with the import's columns: it imports again as is.")
  @APIResponse(responseCode = "400", description = "an unknown level, kind or format")
  public Response list(
      @Parameter(description = YEAR) @QueryParam("year") Integer year,
      @Parameter(description = LEVEL) @QueryParam("level") String level,
      @Parameter(description = KIND) @QueryParam("kind") String kind,
      @Parameter(description = FORMAT) @QueryParam("format") String format) {
    if (xlsx(format)) {
      return file(targets.exportXlsx(year, level, kind), "targets", "能耗双控目标");
    }
    List<TargetDto> list = targets.list(year, level, kind);
    return Response.ok(list, MediaType.APPLICATION_JSON).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record a new revision of a holder's target",
      description =
          "A draft, or issued at once with issue=true (the revision issued before it is then"
              + " replaced). Province officials allocate every target; a city official those of"
              + " the city's counties and units.")
  @APIResponse(responseCode = "201", description = "the revision recorded")
  @APIResponse(
      responseCode = "400",
      description = "a value missing or out of range, with the reason")
  @APIResponse(responseCode = "403", description = "not the caller's to allocate")
  public Response save(TargetInput input) {
    return Response.status(Response.Status.CREATED).entity(targets.save(input)).build();
  }

  @POST
  @Path("/{id}/issue")
  @Operation(summary = "Issue a draft revision; the one issued before it becomes replaced")
  @APIResponse(responseCode = "400", description = "no such target, or not a draft")
  public TargetDto issue(@PathParam("id") long id) {
    return targets.issue(id);
  }

  @GET
  @Path("/history")
  @Operation(summary = "Every revision of one holder's target, oldest first, with who and when")
  public List<TargetDto> history(
      @Parameter(description = LEVEL) @QueryParam("level") String level,
      @QueryParam("holderCode") String holderCode,
      @Parameter(description = KIND) @QueryParam("kind") String kind,
      @QueryParam("term") String term,
      @Parameter(description = YEAR) @QueryParam("year") Integer year) {
    return targets.history(level, holderCode, kind, term, year);
  }

  @POST
  @Path("/import")
  @Consumes("text/csv")
  @Operation(summary = "Import a target list from UTF-8 CSV", description = IMPORT_DESCRIPTION)
  @APIResponse(responseCode = "200", description = "the lines imported, or the lines refused")
  @APIResponse(responseCode = "400", description = "not UTF-8, or a header column missing")
  public ImportResult importCsv(InputStream body) {
    return targets.importCsv(Uploads.read(body));
  }

  @POST
  @Path("/import")
  @Consumes(ImportFiles.XLSX_MEDIA_TYPE)
  @Operation(
      summary = "Import a target list from XLSX (first sheet, row 1 the header)",
      description = IMPORT_DESCRIPTION)
  @APIResponse(responseCode = "200", description = "the lines imported, or the lines refused")
  @APIResponse(responseCode = "400", description = "not an XLSX workbook, or a column missing")
  public ImportResult importXlsx(InputStream body) {
    return targets.importXlsx(Uploads.read(body));
  }

  @GET
  @Path("/template")
  @Produces(ImportFiles.XLSX_MEDIA_TYPE)
  @Operation(summary = "An empty target list (XLSX) with the header row")
  public Response template() {
    return file(targets.template(), "targets-template", "能耗双控目标分解模板");
  }

  @GET
  @Path("/progress")
  @Produces({MediaType.APPLICATION_JSON, ImportFiles.XLSX_MEDIA_TYPE})
  @Operation(
      summary = "Progress of every target holder of a year in the caller's scope",
      description =
          "Per holder and kind: the target, the actual to date (after the policy exclusions), the"
              + " target prorated to date, completion beside the time elapsed, the year-end"
              + " forecast with its interval, and the warning level (red, yellow, green). Base"
              + " units: tce, tce per 10,000 yuan. Also as XLSX (format=xlsx).")
  @APIResponse(responseCode = "400", description = "an unknown level, kind or format")
  public Response progress(
      @Parameter(description = YEAR, required = true) @QueryParam("year") Integer year,
      @Parameter(description = LEVEL) @QueryParam("level") String level,
      @Parameter(description = KIND) @QueryParam("kind") String kind,
      @Parameter(description = FORMAT) @QueryParam("format") String format) {
    if (xlsx(format)) {
      return file(progress.exportXlsx(year, level, kind), "target-progress", "目标进度");
    }
    List<ProgressRow> rows = progress.progress(year, level, kind);
    return Response.ok(rows, MediaType.APPLICATION_JSON).build();
  }

  static boolean xlsx(String format) {
    if (format == null || format.isBlank() || "json".equals(format.trim())) {
      return false;
    }
    if ("xlsx".equals(format.trim())) {
      return true;
    }
    throw new IllegalArgumentException("format must be json or xlsx: " + Quote.of(format));
  }

  static Response file(byte[] workbook, String ascii, String name) {
    return Response.ok(workbook, ImportFiles.XLSX_MEDIA_TYPE)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\""
                + ascii
                + ".xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode(name + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20"))
        .build();
  }
}
