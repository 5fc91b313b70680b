package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An administrator starts the statistics job; it completes and is listed. */
class BatchJobIT extends PlatformClientTest {

  @Test
  void statistics_job_closes_a_month_and_is_listed() throws Exception {
    String token = Api.token(Api.Accounts.ADMIN[0], Api.Accounts.ADMIN[1]);
    long analyzedBefore = readingsAnalyzed();
    HttpResponse<String> started =
        Api.post("/api/v1/jobs/period-statistics/executions?period=2026-01", token);
    assertEquals(202, started.statusCode(), started.body());
    long id = Api.json(started).path("executionId").asLong();

    String status = "";
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline
        && !status.equals("COMPLETED")
        && !status.equals("FAILED")) {
      Thread.sleep(500);
      status =
          Api.json(Api.get("/api/v1/jobs/executions/" + id, token, "application/json"))
              .path("status")
              .asText();
    }
    assertEquals("COMPLETED", status);
    assertTrue(
        PlatformServicesSession.count(
                "select count(*) from data_quality where period_type = 'M'"
                    + " and period_start = date '2026-01-01'")
            >= 60,
        "every demo unit has its quality index for the month");
    assertEquals(
        1,
        PlatformServicesSession.count(
            "select count(*) from period_close where period_type = 'M'"
                + " and period_start = date '2026-01-01' and units > 0 and tce > 0"));

    // its last step analyzes the partitioned readings, which autovacuum never does (the server
    // reports the count a moment after the statement; closes the schedule catches up after the
    // server started may analyze them too)
    long analyzed = readingsAnalyzed();
    for (int i = 0; i < 20 && analyzed == analyzedBefore; i++) {
      Thread.sleep(250);
      analyzed = readingsAnalyzed();
    }
    assertTrue(analyzed > analyzedBefore, "analyze runs on the partitioned readings");

    JsonNode executions = Api.json(Api.get("/api/v1/jobs/executions", token, "application/json"));
    boolean listed = false;
    for (JsonNode execution : executions.path("items")) {
      listed |= execution.path("executionId").asLong() == id;
    }
    assertTrue(listed, executions.toString());
  }

  private static long readingsAnalyzed() throws Exception {
    return PlatformServicesSession.count(
        "select analyze_count from pg_stat_user_tables"
            + " where schemaname = 'energy' and relname = 'reading'");
  }

  @Test
  void a_malformed_period_or_a_quarter_is_refused_with_400() throws Exception {
    String token = Api.token(Api.Accounts.ADMIN[0], Api.Accounts.ADMIN[1]);
    for (String period : new String[] {"2026-13", "2026-Q1"}) {
      HttpResponse<String> response =
          Api.post("/api/v1/jobs/period-statistics/executions?period=" + period, token);
      assertEquals(400, response.statusCode(), response.body());
    }
  }
}
