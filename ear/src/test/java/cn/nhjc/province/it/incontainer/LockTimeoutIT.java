package cn.nhjc.province.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.exchange.application.UploadIntake;
import cn.nhjc.province.platform.config.PlatformSettings;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
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
  private static final String DAY = "2025-03-01";

  /** ReadingIntakeService's lock space and PostgresReadingStore's locks per unit. */
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

    ServerDatabase.setting("intake.lock-timeout-ms", "500");
    ServerDatabase.setting("intake.max-deliveries", "2");
    settings.reload();
    try (Connection stuck = ServerDatabase.dataSource().getConnection()) {
      stuck.setAutoCommit(false);
      try (PreparedStatement lock = stuck.prepareStatement("select pg_advisory_xact_lock(?, ?)")) {
        lock.setInt(1, LOCK_SPACE);
        lock.setInt(2, lockKey(blocked, LocalDate.parse(DAY)));
        lock.execute();
      }
      intake.enqueue(ServerDatabase.dailyUpload(blockedUpload, blockedCode, DAY, "42"));
      intake.enqueue(ServerDatabase.dailyUpload(UUID.randomUUID().toString(), freeCode, DAY, "42"));

      awaitCount("select count(*) from reading where unit_id = " + free, 1);
      JsonObject letter = admin.awaitDeadLetter(blockedUpload);
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
      ServerDatabase.setting("intake.lock-timeout-ms", "10000");
      ServerDatabase.setting("intake.max-deliveries", "5");
      settings.reload();
    }

    assertEquals(
        204,
        admin.send(
            "POST",
            "/api/v1/exchange/dead-letters/"
                + admin.awaitDeadLetter(blockedUpload).getString("messageId")
                + "/replay"));
    awaitCount("select count(*) from reading where unit_id = " + blocked, 1);
  }

  /**
   * The lock of a unit's readings of a Beijing calendar day, as PostgresReadingStore#lockKeys takes
   * it.
   */
  private static int lockKey(long unitId, LocalDate day) {
    return Math.toIntExact(
        unitId * LOCKS_PER_UNIT + Math.floorMod(day.toEpochDay(), LOCKS_PER_UNIT));
  }

  private static void awaitCount(String sql, long expected) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (ServerDatabase.count(sql) < expected && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertEquals(expected, ServerDatabase.count(sql), sql);
  }
}
