package cn.nhjc.province.web.api;

import cn.nhjc.province.efficiency.application.Efficiency;
import cn.nhjc.province.efficiency.application.EfficiencyLeaders;
import cn.nhjc.province.efficiency.application.EfficiencyViews;
import cn.nhjc.province.efficiency.application.EfficiencyXlsx;
import cn.nhjc.province.efficiency.application.RegionalEvaluation;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.platform.input.Quote;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Energy-efficiency analysis (docs/efficiency.md): a unit's indicators with their limit grades,
 * policy levels, peer percentiles and savings; the benchmark of a product or an industry class.
 * Read from rows computed once per change of a period's rollups, in the caller's scope.
 */
@Path("/efficiency")
@Produces({MediaType.APPLICATION_JSON, EfficiencyXlsx.MEDIA_TYPE})
@Tag(name = "efficiency", description = "能效分析：能效指标、限额对标、同行对标")
@SecurityRequirement(name = "keycloak")
public class EfficiencyResource {

  static final String PERIOD =
      "yyyy-MM (month), yyyy-Qn (quarter) or yyyy (year), Asia/Shanghai calendar; default the last"
          + " complete month";
  static final String FORMAT = "json (default) or xlsx";

  @EJB private Efficiency efficiency;
  @EJB private RegionalEvaluation regional;
  @EJB private EfficiencyLeaders leaders;

  @GET
  @Path("/units/{creditCode}")
  @Operation(
      summary = "A unit's efficiency indicators for a period",
      description =
          "Each indicator with value and unit; for unit-product consumption the limit standard's"
              + " limit (grade 3), access (grade 2) and advanced (grade 1) values, the grade"
              + " reached, the distance to the advanced value and the tce the unit would save at"
              + " it, the policy level (能效标杆/基准水平) reached; the peer percentile (100 the"
              + " best, lower consumption being better), the peer count and the distribution;"
              + " and the trend over 13 months with the year-on-year change. An enterprise user"
              + " gets its own unit only, and the distribution's values only from"
              + " efficiency.min-peers-shown peers on.")
  @APIResponse(
      responseCode = "200",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EfficiencyViews.UnitEfficiency.class)),
        @Content(
            mediaType = EfficiencyXlsx.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(responseCode = "400", description = "a day, a malformed period or format")
  @APIResponse(responseCode = "403", description = "the unit lies outside the caller's scope")
  public Response unit(
      @PathParam("creditCode") String creditCode,
      @Parameter(description = PERIOD) @QueryParam("period") StatPeriod period,
      @Parameter(description = FORMAT) @QueryParam("format") String format) {
    return answer(
        format,
        () -> efficiency.unit(creditCode, StatPeriod.orDefault(period)),
        EfficiencyXlsx::unit,
        unit -> "efficiency-" + unit.creditCode() + "-" + unit.period());
  }

  @GET
  @Path("/benchmark")
  @Operation(
      summary = "The benchmark of a product, or of an intensity within a GB/T 4754 class",
      description =
          "One entry per indicator: the distribution among the complete peers of the province"
              + " (count, best, quartiles, median, worst; units left out for failing the"
              + " data-quality rule counted in excluded). Government roles also get the units of"
              + " their scope with value and percentile, and how they lie against the policy"
              + " levels (shares of units and output), narrowed by region and industry if asked;"
              + " an enterprise user gets its own position only, never another unit.")
  @APIResponse(
      responseCode = "200",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema =
                @Schema(type = SchemaType.ARRAY, implementation = EfficiencyViews.Benchmark.class)),
        @Content(
            mediaType = EfficiencyXlsx.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(
      responseCode = "400",
      description = "no product or indicator, an unknown product, a malformed period or region")
  @APIResponse(responseCode = "403", description = "the region lies outside the caller's scope")
  public Response benchmark(
      @Parameter(description = "a product code of dictionary 10 (e.g. 0001 水泥熟料)")
          @QueryParam("product")
          String product,
      @Parameter(
              description =
                  "a limit standard's code, or intensity-output / intensity-value-added (then"
                      + " industry is the peers' GB/T 4754 class)")
          @QueryParam("indicator")
          String indicator,
      @Parameter(
              description = "a GB/T 4754 code: an intensity's class, or narrows a product's list")
          @QueryParam("industry")
          String industry,
      @Parameter(description = "a city or county code in the caller's scope that narrows the list")
          @QueryParam("region")
          String region,
      @Parameter(description = PERIOD) @QueryParam("period") StatPeriod period,
      @Parameter(description = FORMAT) @QueryParam("format") String format) {
    StatPeriod chosen = StatPeriod.orDefault(period);
    return answer(
        format,
        () -> efficiency.benchmark(product, indicator, industry, chosen, region),
        EfficiencyXlsx::benchmarks,
        benchmarks -> "efficiency-benchmark-" + chosen);
  }

  @GET
  @Path("/regions")
  @Operation(
      summary = "The regional efficiency evaluation: scores, ranking and watch-list",
      description =
          "Per city (level=city, default) or county of the caller's scope: the score (0–100,"
              + " docs/efficiency.md: weights efficiency.score.weights over the change of"
              + " intensity against a year before, the shares of graded indicators at the"
              + " advanced value and not past the limit, the share of units with complete data),"
              + " its parts and rank, and the watch rules it meets; the watch-list of regions and"
              + " units, each entry with the rule that put it there. Government roles only.")
  @APIResponse(
      responseCode = "200",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegionalEvaluation.Evaluation.class)),
        @Content(
            mediaType = EfficiencyXlsx.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(responseCode = "400", description = "an unknown level, a day, a malformed period")
  @APIResponse(responseCode = "403", description = "not a government role")
  public Response regions(
      @Parameter(description = "city (default) or county") @QueryParam("level") String level,
      @Parameter(description = PERIOD) @QueryParam("period") StatPeriod period,
      @Parameter(description = FORMAT) @QueryParam("format") String format) {
    return answer(
        format,
        () -> regional.regions(level, StatPeriod.orDefault(period)),
        EfficiencyXlsx::regions,
        evaluation -> "efficiency-regions-" + evaluation.level() + "-" + evaluation.period());
  }

  @GET
  @Path("/leaders")
  @Operation(
      summary = "The published efficiency leader lists (能效领跑者)",
      description =
          "Per limit standard's indicator of the product (all products when none is named) and"
              + " year (all years when none), the latest published version: rank, unit, value"
              + " for the year, grade. Open to every signed-in person and the city platforms (not"
              + " to an energy supplier's account); the public page shows the same.")
  @APIResponse(
      responseCode = "200",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema =
                @Schema(
                    type = SchemaType.ARRAY,
                    implementation = EfficiencyLeaders.LeaderList.class)),
        @Content(
            mediaType = EfficiencyXlsx.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  public Response leaders(
      @Parameter(description = "a product code of dictionary 10") @QueryParam("product")
          String product,
      @Parameter(description = "a year, yyyy") @QueryParam("year") Integer year,
      @Parameter(description = FORMAT) @QueryParam("format") String format) {
    return answer(
        format,
        () -> leaders.publishedForApi(product, year),
        EfficiencyXlsx::leaders,
        lists -> "efficiency-leaders");
  }

  @GET
  @Path("/leaders/lists")
  @Operation(
      summary = "Every leader list of a year, in any state (province officials)",
      description = "Each version with its state (draft, reviewed, published) and who did what.")
  @APIResponse(responseCode = "403", description = "not a province official")
  public List<EfficiencyLeaders.LeaderList> leaderLists(
      @Parameter(description = "a year, yyyy", required = true) @QueryParam("year") int year) {
    return leaders.lists(year);
  }

  @POST
  @Path("/leaders")
  @Operation(
      summary = "Prepare a new version of a leader list as a draft (province officials)",
      description =
          "The year's units with complete data and the lowest value of the indicator, up to"
              + " efficiency.leaders.size; recorded in the audit trail.")
  @APIResponse(responseCode = "400", description = "an unknown indicator or year")
  @APIResponse(responseCode = "403", description = "not a province official")
  public EfficiencyLeaders.LeaderList prepare(
      @Parameter(description = "a limit standard's code", required = true) @QueryParam("indicator")
          String indicator,
      @Parameter(description = "a year, yyyy", required = true) @QueryParam("year") int year) {
    return leaders.prepare(indicator, year);
  }

  @POST
  @Path("/leaders/{id}/review")
  @Operation(summary = "Mark a draft leader list as reviewed (province officials)")
  @APIResponse(responseCode = "400", description = "no draft list of that id")
  @APIResponse(responseCode = "403", description = "not a province official")
  public EfficiencyLeaders.LeaderList review(@PathParam("id") long id) {
    return leaders.review(id);
  }

  @POST
  @Path("/leaders/{id}/publish")
  @Operation(summary = "Publish a reviewed leader list (province officials)")
  @APIResponse(responseCode = "400", description = "no reviewed list of that id")
  @APIResponse(responseCode = "403", description = "not a province official")
  public EfficiencyLeaders.LeaderList publish(@PathParam("id") long id) {
    return leaders.publish(id);
  }

  /**
   * The view as JSON, or as a workbook named after it when the format asks for one; the format is
   * checked before the view is read.
   */
  private static <T> Response answer(
      String format, Supplier<T> view, Function<T, byte[]> workbook, Function<T, String> name) {
    boolean xlsx = xlsx(format);
    T answer = view.get();
    if (xlsx) {
      return workbook(workbook.apply(answer), name.apply(answer));
    }
    return Response.ok(answer, MediaType.APPLICATION_JSON).build();
  }

  private static boolean xlsx(String format) {
    if (format == null || format.isBlank() || "json".equalsIgnoreCase(format.trim())) {
      return false;
    }
    if ("xlsx".equalsIgnoreCase(format.trim())) {
      return true;
    }
    throw new IllegalArgumentException("format must be json or xlsx: " + Quote.of(format));
  }

  private static Response workbook(byte[] workbook, String name) {
    return Response.ok(workbook, EfficiencyXlsx.MEDIA_TYPE)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + ".xlsx\"")
        .build();
  }
}
