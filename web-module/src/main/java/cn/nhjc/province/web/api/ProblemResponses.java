package cn.nhjc.province.web.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Declares the API's errors in the OpenAPI document, uniformly: the schema {@code Problem} (RFC
 * 9457) and, on every operation, 400 when it takes parameters or a body, 401 and 403 when it needs
 * a bearer token (every secured operation has roles that its services refuse), and 500; every 4xx
 * and 5xx answer without a declared body gets {@code application/problem+json}. Registered with
 * {@code mp.openapi.filter} in META-INF/microprofile-config.properties.
 */
public class ProblemResponses implements OASFilter {
  static final String SCHEMA = "Problem";

  /** The errors every operation can meet, by status: when it applies and its description. */
  static List<String[]> uniform(boolean secured, boolean takesInput) {
    List<String[]> codes = new java.util.ArrayList<>();
    if (takesInput) {
      codes.add(new String[] {"400", "a bad parameter or body"});
    }
    if (secured) {
      codes.add(new String[] {"401", "no bearer token, or not a valid one"});
      codes.add(new String[] {"403", "the caller's role or scope does not allow it"});
    }
    codes.add(new String[] {"500", "internal error; see the server log"});
    return codes;
  }

  /** Whether a status code is an error answer. */
  static boolean isError(String code) {
    return code.startsWith("4") || code.startsWith("5");
  }

  @Override
  public void filterOpenAPI(OpenAPI api) {
    if (api.getComponents() == null) {
      api.setComponents(OASFactory.createComponents());
    }
    Components components = api.getComponents();
    components.addSchema(SCHEMA, problemSchema());
    if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
      return;
    }
    for (PathItem item : api.getPaths().getPathItems().values()) {
      boolean pathParameters = item.getParameters() != null && !item.getParameters().isEmpty();
      for (Operation operation : item.getOperations().values()) {
        declareErrors(operation, pathParameters);
      }
    }
  }

  private static void declareErrors(Operation operation, boolean pathParameters) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
    boolean takesInput =
        pathParameters
            || (operation.getParameters() != null && !operation.getParameters().isEmpty())
            || operation.getRequestBody() != null;
    for (String[] code : uniform(secured, takesInput)) {
      if (!responses.hasAPIResponse(code[0])) {
        responses.addAPIResponse(code[0], OASFactory.createAPIResponse().description(code[1]));
      }
    }
    Map<String, APIResponse> all = responses.getAPIResponses();
    for (Map.Entry<String, APIResponse> response : all.entrySet()) {
      if (isError(response.getKey())
          && (response.getValue().getContent() == null
              || response.getValue().getContent().getMediaTypes() == null
              || response.getValue().getContent().getMediaTypes().isEmpty())) {
        response.getValue().setContent(problemContent());
      }
    }
  }

  private static Content problemContent() {
    return OASFactory.createContent()
        .addMediaType(
            Problem.MEDIA_TYPE,
            OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/" + SCHEMA)));
  }

  private static Schema problemSchema() {
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.OBJECT))
        .description(
            "RFC 9457 problem details, application/problem+json. type is always about:blank, so"
                + " title is the HTTP status phrase.")
        .addRequired("type")
        .addRequired("title")
        .addRequired("status")
        .addProperty(
            "type",
            OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.STRING))
                .format("uri")
                .description("always about:blank"))
        .addProperty(
            "title",
            OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.STRING))
                .description("the HTTP status phrase"))
        .addProperty(
            "status",
            OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.INTEGER))
                .description("the HTTP status code"))
        .addProperty(
            "detail",
            OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.STRING))
                .description("what went wrong with this request"))
        .addProperty(
            "instance",
            OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.STRING))
                .format("uri-reference")
                .description("the request path"));
  }
}
