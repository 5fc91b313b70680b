package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document against the running server: every operation of /api/v1 answers as the
 * document says. Without a token a secured operation answers 401 and a public one 200; a role its
 * services refuse gets 403; a declared 404 happens for an unknown id; every error is an RFC 9457
 * problem (application/problem+json), JAX-RS's own ones (unknown path, wrong method, wrong media
 * type, bad paging) included.
 */
class OpenApiContractIT extends PlatformClientTest {
  private static final String PROBLEM = "application/problem+json";
  private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Values for path parameters: ones that exist, and ones that do not. */
  private static final Map<String, String> EXISTING =
      Map.of(
          "code", "130000",
          "kind", "regions",
          "job", "period-statistics",
          "id", "1",
          "messageId", "ID:none",
          "creditCode", "911300000000000000",
          "deviceId", "00000000000000000000000000000000");

  private static final Map<String, String> UNKNOWN =
      Map.of(
          "code", "999999",
          "kind", "regions",
          "job", "period-statistics",
          "id", "999999999",
          "messageId", "ID:none",
          "creditCode", "000000000000000000",
          "deviceId", "00000000000000000000000000000000");

  private static List<Op> operations;
  private static String supplier;
  private static String enterprise;
  private static String admin;

  /** One operation of the document. */
  record Op(String method, String path, JsonNode node) {
    boolean secured() {
      return node.path("security").size() > 0;
    }

    boolean declares(String code) {
      return node.path("responses").has(code);
    }

    String contentType() {
      Iterator<String> types = node.path("requestBody").path("content").fieldNames();
      return types.hasNext() ? types.next() : null;
    }

    @Override
    public String toString() {
      return method.toUpperCase() + " " + path;
    }
  }

  @BeforeAll
  static void readTheDocument() throws Exception {
    HttpResponse<String> response = send("GET", "/openapi?format=JSON", null, null);
    assertEquals(200, response.statusCode(), response.body());
    JsonNode document = JSON.readTree(response.body());
    operations = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      if (!path.getKey().startsWith("/api/v1")) {
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        if (METHODS.contains(op.getKey())) {
          operations.add(new Op(op.getKey(), path.getKey(), op.getValue()));
        }
      }
    }
    assertTrue(operations.size() > 20, "the document lists the API: " + operations);
    assertTrue(document.path("components").path("schemas").has("Problem"), "the Problem schema");
    supplier = Api.token(Api.Accounts.SUPPLIER_POWER[0], Api.Accounts.SUPPLIER_POWER[1]);
    enterprise = Api.token(Api.Accounts.ENTERPRISE[0], Api.Accounts.ENTERPRISE[1]);
    admin = Api.token(Api.Accounts.ADMIN[0], Api.Accounts.ADMIN[1]);
  }

  @Test
  void every_error_answer_is_declared_as_a_problem_and_secured_operations_declare_401_and_403() {
    for (Op op : operations) {
      for (Iterator<Map.Entry<String, JsonNode>> responses = op.node().path("responses").fields();
          responses.hasNext(); ) {
        Map.Entry<String, JsonNode> response = responses.next();
        String code = response.getKey();
        if (code.startsWith("4") || code.startsWith("5")) {
          JsonNode content = response.getValue().path("content");
          // the intakes answer refused bodies in the protocol's envelope (application/json)
          assertTrue(
              content.has(PROBLEM) || content.has("application/json"),
              op + " " + code + " declares no body: " + response.getValue());
          if (content.has(PROBLEM)) {
            assertTrue(
                content.path(PROBLEM).path("schema").path("$ref").asText().endsWith("/Problem"),
                op + " " + code);
          }
        }
      }
      assertTrue(op.declares("500"), op + " declares 500");
      assertEquals(op.secured(), op.declares("401"), op + " declares 401 iff it is secured");
      assertEquals(op.secured(), op.declares("403"), op + " declares 403 iff it is secured");
    }
  }

  @Test
  void without_a_token_a_secured_operation_answers_401_and_a_public_one_200() throws Exception {
    for (Op op : operations) {
      HttpResponse<String> response = call(op, EXISTING, null);
      if (op.secured()) {
        assertProblem(401, response, op);
      } else if ("get".equals(op.method())) {
        assertEquals(200, response.statusCode(), op + ": " + response.body());
      }
    }
  }

  @Test
  void a_role_the_services_refuse_gets_403() throws Exception {
    for (Op op : operations) {
      if (!op.secured()) {
        continue;
      }
      // an energy supplier may use /supply only, an enterprise user anything but /supply
      HttpResponse<String> response = call(op, EXISTING, supplier);
      if (response.statusCode() != 403) {
        response = call(op, EXISTING, enterprise);
      }
      assertProblem(403, response, op);
    }
  }

  @Test
  void a_declared_404_is_the_answer_for_an_unknown_id() throws Exception {
    int checked = 0;
    for (Op op : operations) {
      if (op.declares("404") && op.path().contains("{")) {
        assertProblem(404, call(op, UNKNOWN, op.secured() ? admin : null), op);
        checked++;
      }
    }
    assertTrue(checked >= 2, "regions/{code} and jobs/executions/{id} declare 404");
  }

  @Test
  void jax_rs_errors_are_problems_too() throws Exception {
    assertProblem(404, send("GET", "/api/v1/no-such-resource", admin, null), "unknown path");
    assertProblem(405, send("DELETE", "/api/v1/units", admin, null), "wrong method");
    assertProblem(
        415, send("POST", "/api/v1/units/import", admin, "text/plain"), "unsupported body");
    assertProblem(400, send("GET", "/api/v1/units?size=0", admin, null), "bad paging");
    assertProblem(
        400,
        send("GET", "/api/v1/statistics/regions/130000?period=2026-13", admin, null),
        "bad period");
    assertProblem(
        400,
        send("GET", "/api/v1/monitoring/overview?convention=heat", admin, null),
        "bad convention");
    HttpResponse<String> page = send("GET", "/api/v1/exchange/dead-letters?size=5", admin, null);
    assertEquals(200, page.statusCode(), page.body());
    JsonNode body = JSON.readTree(page.body());
    for (String member : List.of("page", "size", "total", "items")) {
      assertTrue(body.has(member), "dead letters are paged: " + body);
    }
  }

  private static HttpResponse<String> call(Op op, Map<String, String> values, String token)
      throws Exception {
    String path = op.path();
    for (Map.Entry<String, String> value : values.entrySet()) {
      path = path.replace("{" + value.getKey() + "}", value.getValue());
    }
    assertFalse(path.contains("{"), "a value for every path parameter of " + op);
    return send(op.method().toUpperCase(), path, token, op.contentType());
  }

  private static HttpResponse<String> send(
      String method, String path, String token, String contentType) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Api.BASE + path))
            .timeout(Duration.ofSeconds(10))
            // without a token, Accept decides between a 401 and a redirect to the login page;
            // with one, any type: the reports and the template are XLSX
            .header("Accept", token == null ? "application/json" : "*/*")
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertProblem(int status, HttpResponse<String> response, Object what)
      throws Exception {
    assertEquals(status, response.statusCode(), what + ": " + response.body());
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (!type.startsWith(PROBLEM)) {
      fail(what + ": Content-Type " + type + ", body " + response.body());
    }
    JsonNode problem = JSON.readTree(response.body());
    assertEquals(status, problem.path("status").asInt(), what + ": " + problem);
    assertEquals("about:blank", problem.path("type").asText(), what + ": " + problem);
    assertFalse(problem.path("title").asText().isEmpty(), what + ": " + problem);
    assertTrue(problem.path("instance").asText().startsWith("/api/"), what + ": " + problem);
  }
}
