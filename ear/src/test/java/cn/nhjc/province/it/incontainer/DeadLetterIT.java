package cn.nhjc.province.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.exchange.application.UploadIntake;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.UUID;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An upload the consumer cannot store (its unit is not on the list) ends in the dead-letter queue
 * after the configured redeliveries; an administrator replays it once the cause is fixed, and it is
 * stored, or discards it, and it is gone.
 */
@ExtendWith(ArquillianExtension.class)
class DeadLetterIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return cn.nhjc.province.it.Deployments.platformWithTests();
  }

  private final AdminApi admin = new AdminApi();

  @Test
  void an_unstorable_upload_is_dead_lettered_then_replayed_or_discarded() throws Exception {
    InitialContext naming = new InitialContext();
    UploadIntake intake =
        (UploadIntake) naming.lookup("java:global/platform/ejb-module/UploadIntake");

    String replayed = ServerDatabase.newCreditCode("130104");
    String discarded = ServerDatabase.newCreditCode("130104");
    String replayedUpload = UUID.randomUUID().toString();
    String discardedUpload = UUID.randomUUID().toString();
    intake.enqueue(ServerDatabase.dailyUpload(replayedUpload, replayed, "2026-09-01", "42"));
    intake.enqueue(ServerDatabase.dailyUpload(discardedUpload, discarded, "2026-09-01", "42"));

    JsonObject first = admin.awaitDeadLetter(replayedUpload);
    JsonObject second = admin.awaitDeadLetter(discardedUpload);
    assertEquals(replayed, first.getString("creditCode"));
    assertEquals(1, first.getInt("items"));

    long unitId =
        ServerDatabase.listUnit(
            replayed, "死信测试单位", "130104"); // the cause fixed: the unit is put on the list
    assertEquals(
        204,
        admin.send(
            "POST", "/api/v1/exchange/dead-letters/" + first.getString("messageId") + "/replay"));
    assertEquals(
        204,
        admin.send("DELETE", "/api/v1/exchange/dead-letters/" + second.getString("messageId")));

    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (ServerDatabase.count("select count(*) from reading where unit_id = " + unitId) == 0
        && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertEquals(1, ServerDatabase.count("select count(*) from reading where unit_id = " + unitId));
    JsonArray left = admin.deadLetters();
    assertTrue(
        left.stream()
            .map(JsonValue::asJsonObject)
            .noneMatch(
                d ->
                    replayedUpload.equals(d.getString("uploadId"))
                        || discardedUpload.equals(d.getString("uploadId"))),
        left.toString());
  }
}
