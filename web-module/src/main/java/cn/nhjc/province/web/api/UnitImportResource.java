package cn.nhjc.province.web.api;

import cn.nhjc.province.registry.application.ImportFiles;
import cn.nhjc.province.registry.application.ImportResult;
import cn.nhjc.province.registry.application.UnitListImport;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Imports the key-unit list (名单). A class of its own beside {@link UnitsResource}: the longer
 * literal path wins the match for {@code /units/import}. The role check is the EJB's ({@link
 * UnitListImport} allows platform administrators only): any other role gets 403.
 */
@Path("/units/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "administration")
@SecurityRequirement(name = "keycloak")
public class UnitImportResource {
  private static final String IMPORT_DESCRIPTION =
      "Header creditCode,name,regionCode,industryCode,level in any order (or 统一社会信用代码,单位名称,"
          + "行政区划代码,行业代码,级别); level province | city | national, empty = province. Good lines"
          + " insert a unit or update the unit with the same credit code, in one transaction; the"
          + " answer lists the refused lines (line 1 = header) with the reason. At most 10 MB.";

  @EJB private UnitListImport unitListImport;

  @POST
  @Consumes("text/csv")
  @Operation(summary = "Import a key-unit list from UTF-8 CSV", description = IMPORT_DESCRIPTION)
  @APIResponse(responseCode = "200", description = "the lines imported and the lines refused")
  @APIResponse(responseCode = "400", description = "not UTF-8, or a header column missing")
  @APIResponse(responseCode = "403", description = "not a platform administrator")
  public ImportResult importCsv(InputStream body) {
    return unitListImport.importCsv(Uploads.read(body));
  }

  @POST
  @Consumes(ImportFiles.XLSX_MEDIA_TYPE)
  @Operation(
      summary = "Import a key-unit list from XLSX (first sheet, row 1 the header)",
      description = IMPORT_DESCRIPTION)
  @APIResponse(responseCode = "200", description = "the lines imported and the lines refused")
  @APIResponse(responseCode = "400", description = "not an XLSX workbook, or a column missing")
  @APIResponse(responseCode = "403", description = "not a platform administrator")
  public ImportResult importXlsx(InputStream body) {
    return unitListImport.importXlsx(Uploads.read(body));
  }

  @GET
  @Path("/template")
  @Produces(ImportFiles.XLSX_MEDIA_TYPE)
  @Operation(summary = "An empty key-unit list (XLSX) with the header row")
  public Response template() {
    String name = UnitListImport.TEMPLATE_FILE_NAME;
    return Response.ok(unitListImport.template())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"key-unit-list-template.xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
        .build();
  }
}
