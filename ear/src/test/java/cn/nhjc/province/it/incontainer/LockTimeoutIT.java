package cn.nhjc.province.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.exchange.application.UploadIntake;
import cn.nhjc.province.exchange.domain.UploadBatch;
import cn.nhjc.province.monitoring.domain.ProtocolTime;
import cn.nhjc.province.platform.config.PlatformSettings;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A stuck transaction cannot stop a lane: while another session holds the lock an upload needs (as
 * a prepared transaction left by a crash did), the upload's storing gives up after the lock timeout
 * and is delivered again with back-off, the other uploads of its lane are stored, and on its last
 * allowed delivery it is set aside in the dead letters with the reason. Once the lock is gone, a
 * replay stores it.
 */
@ExtendWith(ArquillianExtension.class)
class LockTimeoutIT {
  private static final String ELECTRICITY_DAILY = "00-00-0000-023300-11";
  private static final String DAY = "2025-03-01";

  /** ReadingIntakeService's lock space and ReadingStore's locks per unit. */
  private static final int LOCK_SPACE = 7301;

  private static final int LOCKS_PER_UNIT = 32;

  @Deployment
  static EnterpriseArchive deployment() {
    return cn.nhjc.province.it.Deployments.platformWithTests();
  }

  private final AdminApi admin = new AdminApi();

  @Test
  void an_upload_whose_lock_is_held_is_set_aside_with_the_reason_and_the_lane_goes_on()
      throws Exception {
    InitialContext naming = new InitialContext();
    UploadIntake intake =
        (UploadIntake) naming.lookup("java:global/platform/ejb-module/UploadIntake");
    PlatformSettings settings =
        (PlatformSettings) naming.lookup("java:global/platform/ejb-module/PlatformSettings");
    String blockedCode = ServerDatabase.newCreditCode("130104");
    String freeCode = ServerDatabase.newCreditCode("130104");
    long blocked = ServerDatabase.listUnit(blockedCode, "锁等待测试单位甲", "130104");
    long free = ServerDatabase.listUnit(freeCode, "锁等待测试单位乙", "130104");
    String blockedUpload = UUID.randomUUID().toString();

    setting("intake.lock-timeout-ms", "500");
    setting("intake.max-deliveries", "2");
    settings.reload();
    try (Connection stuck = ServerDatabase.dataSource().getConnection()) {
      stuck.setAutoCommit(false);
      try (PreparedStatement lock = stuck.prepareStatement("select pg_advisory_xact_lock(?, ?)")) {
        lock.setInt(1, LOCK_SPACE);
        lock.setInt(2, lockKey(blocked, LocalDate.parse(DAY)));
        lock.execute();
      }
      intake.enqueue(batch(blockedUpload, blockedCode));
      intake.enqueue(batch(UUID.randomUUID().toString(), freeCode));

      awaitCount("select count(*) from reading where unit_id = " + free, 1);
      JsonObject letter = awaitDeadLetter(blockedUpload);
      assertTrue(
          letter.getString("reason").contains("not stored after 2 deliveries"), letter.toString());
      assertTrue(letter.getString("reason").contains("lock"), letter.toString());
      assertEquals(
          0, ServerDatabase.count("select count(*) from reading where unit_id = " + blocked));
      assertEquals(
          0,
          ServerDatabase.count(
              "select count(*) from intake_receipt where message_id = '" + blockedUpload + "'"));
      stuck.rollback();
    } finally {
      setting("intake.lock-timeout-ms", "10000");
      setting("intake.max-deliveries", "5");
      settings.reload();
    }

    assertEquals(
        204,
        admin.send(
            "POST",
            "/api/v1/exchange/dead-letters/"
                + awaitDeadLetter(blockedUpload).getString("messageId")
                + "/replay"));
    awaitCount("select count(*) from reading where unit_id = " + blocked, 1);
  }

  /** The lock of a unit's readings of a Beijing calendar day, as ReadingStore#lockKeys takes it. */
  private static int lockKey(long unitId, LocalDate day) {
    return Math.toIntExact(
        unitId * LOCKS_PER_UNIT + Math.floorMod(day.toEpochDay(), LOCKS_PER_UNIT));
  }

  private static void setting(String key, String value) throws Exception {
    try (Connection db = ServerDatabase.dataSource().getConnection();
        Statement sql = db.createStatement()) {
      sql.executeUpdate(
          "update platform_setting set value = '" + value + "' where key = '" + key + "'");
    }
  }

  private static void awaitCount(String sql, long expected) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (ServerDatabase.count(sql) < expected && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertEquals(expected, ServerDatabase.count(sql), sql);
  }

  private JsonObject awaitDeadLetter(String uploadId) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      Optional<JsonObject> letter =
          admin.deadLetters().stream()
              .map(JsonValue::asJsonObject)
              .filter(d -> uploadId.equals(d.getString("uploadId")))
              .findFirst();
      if (letter.isPresent()) {
        return letter.get();
      }
      Thread.sleep(250);
    }
    throw new AssertionError("upload " + uploadId + " was not set aside");
  }

  private static UploadBatch batch(String uploadId, String creditCode) {
    return new UploadBatch(
        uploadId,
        creditCode,
        "it",
        Instant.now(),
        List.of(
            new UploadBatch.Item(
                ELECTRICITY_DAILY,
                1,
                ProtocolTime.parse(DAY + " 00:00:00"),
                new BigDecimal("42"),
                4,
                1,
                false)));
  }
}
