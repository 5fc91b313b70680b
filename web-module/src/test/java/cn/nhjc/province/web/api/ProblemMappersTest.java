package cn.nhjc.province.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.stream.JsonParsingException;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

  @Test
  void an_ejb_refusing_the_role_is_403_also_when_wrapped_by_another_ejb() {
    assertEquals(403, ProblemMappers.classify(new EJBAccessException("denied")).status());
    assertEquals(
        403, ProblemMappers.classify(new EJBException(new EJBAccessException("denied"))).status());
  }

  @Test
  void a_bad_parameter_is_400_with_its_message_through_two_wrappers() {
    ProblemMappers.Outcome outcome =
        ProblemMappers.classify(
            new EJBException(new EJBException(new IllegalArgumentException("bad period: x"))));
    assertEquals(400, outcome.status());
    assertEquals("bad period: x", outcome.detail());
  }

  @Test
  void unparseable_json_is_400() {
    assertEquals(
        400, ProblemMappers.classify(new JsonParsingException("unexpected char", null)).status());
  }

  @Test
  void an_unknown_job_execution_is_404() {
    assertEquals(
        404, ProblemMappers.classify(new EJBException(new NoSuchJobExecutionException())).status());
  }

  @Test
  void anything_else_is_500_without_its_message() {
    ProblemMappers.Outcome outcome =
        ProblemMappers.classify(new EJBException(new IllegalStateException("secret detail")));
    assertEquals(500, outcome.status());
    assertEquals(ProblemMappers.INTERNAL, outcome.detail());
    assertEquals(500, ProblemMappers.classify(new NullPointerException()).status());
  }

  @Test
  void a_runtime_failure_carrying_an_error_code_is_read_reflectively() {
    assertEquals(400, ProblemMappers.errorCode(new Coded(400)));
    assertEquals(-1, ProblemMappers.errorCode(new IllegalStateException()));
  }

  @Test
  void the_runtime_prefix_is_cut_from_a_detail() {
    assertEquals(
        "Could not find resource for full path",
        ProblemMappers.detail("RESTEASY003210: Could not find resource for full path"));
    assertEquals("no region 1", ProblemMappers.detail("no region 1"));
  }

  /** Like a RESTEasy failure. */
  static class Coded extends RuntimeException {
    private final int code;

    Coded(int code) {
      this.code = code;
    }

    public int getErrorCode() {
      return code;
    }
  }
}
