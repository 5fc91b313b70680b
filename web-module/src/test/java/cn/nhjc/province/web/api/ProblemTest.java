package cn.nhjc.province.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void a_problem_has_the_rfc_9457_members_with_the_status_phrase_as_title() {
    JsonObject body = parse(Problem.of(404, "no region 999999", "/api/v1/regions/999999").json());
    assertEquals("about:blank", body.getString("type"));
    assertEquals("Not Found", body.getString("title"));
    assertEquals(404, body.getInt("status"));
    assertEquals("no region 999999", body.getString("detail"));
    assertEquals("/api/v1/regions/999999", body.getString("instance"));
  }

  @Test
  void without_a_detail_the_title_stands_in_and_without_a_path_instance_is_left_out() {
    JsonObject body = parse(Problem.of(405, null, null).json());
    assertEquals("Method Not Allowed", body.getString("detail"));
    assertFalse(body.containsKey("instance"));
  }

  @Test
  void codes_jax_rs_does_not_name_get_their_class_phrase() {
    assertEquals("Client Error", Problem.title(422));
    assertEquals("Server Error", Problem.title(599));
    assertEquals("Unauthorized", Problem.title(401));
  }

  @Test
  void the_error_page_answers_problems_on_the_api_only() {
    assertTrue(ErrorStatusPage.isApi("/api/v1/units", ""));
    assertFalse(ErrorStatusPage.isApi("/gov/index.xhtml", ""));
    assertFalse(ErrorStatusPage.isApi(null, ""));
    assertEquals("a valid bearer token is required", ErrorStatusPage.detail(401));
  }

  private static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
