package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.it.TestUnits.Unit;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The audit trail (安全审计): administrators' actions are recorded with account, roles, source and
 * outcome; only the auditor reads the trail, administrators get 403; the SM3 chain finds a row
 * changed or deleted behind the append-only trigger's back; failed sign-ins come in from Keycloak.
 */
class AuditIT extends PlatformClientTest {
  private static final String JSON = "application/json";

  @Test
  void an_administrators_actions_are_in_the_trail_which_only_the_auditor_reads() throws Exception {
    Unit unit = TestUnits.listed();
    Fep.register(unit);
    String admin = Api.token(Api.Accounts.ADMIN[0], Api.Accounts.ADMIN[1]);
    HttpResponse<String> rotated =
        Api.post("/api/v1/units/" + unit.creditCode() + "/device/rotate-key", admin);
    assertEquals(204, rotated.statusCode(), rotated.body());
    HttpResponse<String> quarter =
        Api.post("/api/v1/jobs/period-statistics/executions?period=2026-Q1", admin);
    assertEquals(400, quarter.statusCode(), quarter.body());

    String auditor = Api.token(Api.Accounts.AUDITOR[0], Api.Accounts.AUDITOR[1]);
    JsonNode rotation =
        record(
            auditor,
            "actor=admin&action=device.rotate-key",
            r -> r.path("object").asText().equals("unit " + unit.creditCode()));
    assertEquals("success", rotation.path("outcome").asText());
    assertTrue(rotation.path("roles").asText().contains("platform-admin"), rotation.toString());
    assertFalse(rotation.path("source").asText().isEmpty(), "the request's address");
    assertTrue(rotation.path("hash").asText().matches("[0-9a-f]{64}"), rotation.toString());
    assertTrue(rotation.path("prevHash").asText().matches("[0-9a-f]{64}"), rotation.toString());
    JsonNode refused =
        record(
            auditor,
            "actor=admin&action=job.start",
            r -> r.path("object").asText().equals("job period-statistics period=2026-Q1"));
    assertEquals("refused", refused.path("outcome").asText());
    assertTrue(refused.path("detail").asText().contains("day or a month"), refused.toString());

    // 三员分立: the administrator can neither list nor verify the trail, and the attempt is recorded
    assertEquals(403, Api.get("/api/v1/audit", admin, JSON).statusCode());
    assertEquals(403, Api.get("/api/v1/audit/verify", admin, JSON).statusCode());
    JsonNode denied =
        record(
            auditor,
            "actor=admin&action=access.denied",
            r -> r.path("object").asText().equals("GET /api/v1/audit/verify"));
    assertEquals("refused", denied.path("outcome").asText());
  }

  @Test
  void the_auditor_has_the_audit_page_and_nothing_else() throws Exception {
    String auditor = Api.token(Api.Accounts.AUDITOR[0], Api.Accounts.AUDITOR[1]);
    HttpResponse<String> page = Api.get("/gov/audit/index.xhtml", auditor, "text/html");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("安全审计"), "the page in Chinese");
    assertTrue(page.body().contains("audit:records"), "the table of records");
    assertEquals(403, Api.get("/gov/index.xhtml", auditor, "text/html").statusCode());
    assertEquals(403, Api.get("/gov/admin/jobs.xhtml", auditor, "text/html").statusCode());
    assertEquals(403, Api.get("/api/v1/jobs/executions", auditor, JSON).statusCode());
    assertEquals(403, Api.get("/api/v1/units", auditor, JSON).statusCode());

    String admin = Api.token(Api.Accounts.ADMIN[0], Api.Accounts.ADMIN[1]);
    assertEquals(403, Api.get("/gov/audit/index.xhtml", admin, "text/html").statusCode());
  }

  @Test
  void the_chain_finds_a_row_changed_or_deleted_behind_the_triggers_back() throws Exception {
    String auditor = Api.token(Api.Accounts.AUDITOR[0], Api.Accounts.AUDITOR[1]);
    JsonNode intact = verify(auditor);
    assertTrue(intact.path("valid").asBoolean(), intact.toString());
    assertTrue(intact.path("rows").asLong() > 0, intact.toString());
    assertTrue(intact.path("firstBroken").isNull(), intact.toString());
    // the verification is itself a record: the row to tamper with
    long id =
        PlatformServicesSession.count(
            "select max(id) from audit_event where action = 'audit.verify' and actor = 'auditor'");

    try (Connection db = PlatformServicesSession.database()) {
      try (Statement sql = db.createStatement()) {
        SQLException refused =
            assertThrows(
                SQLException.class,
                () -> sql.execute("update audit_event set detail = 'x' where id = " + id));
        assertEquals("42501", refused.getSQLState(), "the append-only trigger");
        assertThrows(
            SQLException.class, () -> sql.execute("delete from audit_event where id = " + id));
        sql.execute("create temporary table kept as select * from audit_event where id = " + id);
      }

      behindTheTrigger(db, "update audit_event set detail = 'nothing to see' where id = " + id);
      JsonNode changed = verify(auditor);
      behindTheTrigger(
          db, "update audit_event a set detail = k.detail from kept k where a.id = k.id");
      assertFalse(changed.path("valid").asBoolean(), changed.toString());
      assertEquals(id, changed.path("firstBroken").asLong(), changed.toString());
      JsonNode restored = verify(auditor);
      assertTrue(restored.path("valid").asBoolean(), restored.toString());

      assertTrue(
          PlatformServicesSession.count("select count(*) from audit_event where id > " + id) > 0,
          "the row is not the last: a cut end leaves no trace in the chain");
      behindTheTrigger(db, "delete from audit_event where id = " + id);
      JsonNode deleted;
      try {
        deleted = verify(auditor);
      } finally {
        try (Statement sql = db.createStatement()) {
          sql.execute("insert into audit_event select * from kept");
        }
      }
      assertFalse(deleted.path("valid").asBoolean(), deleted.toString());
      assertEquals(id, deleted.path("firstBroken").asLong(), deleted.toString());
    }
    JsonNode again = verify(auditor);
    assertTrue(again.path("valid").asBoolean(), "the shared database's trail is whole again");
  }

  @Test
  void a_failed_sign_in_at_keycloak_reaches_the_trail() throws Exception {
    Instant before = Instant.now().minusSeconds(5);
    HttpResponse<String> wrong = Api.tokenRequest(Api.Accounts.AUDITOR[0], "Wrong#Password1");
    assertEquals("invalid_grant", Api.json(wrong).path("error").asText(), wrong.body());
    String auditor = Api.token(Api.Accounts.AUDITOR[0], Api.Accounts.AUDITOR[1]);

    String query =
        "actor=auditor&action=auth.sign-in&from="
            + URLEncoder.encode(before.toString(), StandardCharsets.UTF_8);
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    JsonNode failed = null;
    while (failed == null && System.nanoTime() < deadline) {
      failed =
          find(
              auditor,
              query,
              r ->
                  r.path("outcome").asText().equals("refused")
                      && r.path("detail").asText().contains("invalid_user_credentials"));
      if (failed == null) {
        Thread.sleep(1000);
      }
    }
    assertNotNull(failed, "the failed sign-in is in the trail within 2 minutes");
    assertEquals("client energy-scripts", failed.path("object").asText());
    assertFalse(failed.path("source").asText().isEmpty(), "the address Keycloak saw");
    assertTrue(failed.path("externalId").asText().startsWith("keycloak:"), failed.toString());
  }

  /** Runs a statement with the append-only trigger disabled, as the database's owner could. */
  private static void behindTheTrigger(Connection db, String statement) throws SQLException {
    db.setAutoCommit(false);
    try (Statement sql = db.createStatement()) {
      sql.execute("alter table audit_event disable trigger audit_event_append_only");
      sql.execute(statement);
      sql.execute("alter table audit_event enable trigger audit_event_append_only");
      db.commit();
    } catch (SQLException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(true);
    }
  }

  private static JsonNode verify(String auditor) throws Exception {
    HttpResponse<String> response = Api.get("/api/v1/audit/verify", auditor, JSON);
    assertEquals(200, response.statusCode(), response.body());
    return Api.json(response);
  }

  /** The first record of a query that passes the test; fails when there is none. */
  private static JsonNode record(String auditor, String query, Predicate<JsonNode> test)
      throws Exception {
    JsonNode found = find(auditor, query, test);
    assertNotNull(found, "a record of " + query);
    return found;
  }

  private static JsonNode find(String auditor, String query, Predicate<JsonNode> test)
      throws Exception {
    HttpResponse<String> response = Api.get("/api/v1/audit?size=500&" + query, auditor, JSON);
    assertEquals(200, response.statusCode(), response.body());
    for (JsonNode record : Api.json(response).path("items")) {
      if (test.test(record)) {
        return record;
      }
    }
    return null;
  }
}
