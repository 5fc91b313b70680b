package cn.nhjc.province.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.exchange.application.UploadIntake;
import cn.nhjc.province.exchange.domain.IntakeBusyException;
import cn.nhjc.province.exchange.domain.UploadBatch;
import cn.nhjc.province.platform.config.PlatformSettings;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A full lane refuses at once, with the retry hint, what would go to it, and only that: with the
 * catch-up lane's bound at 0 an upload of an old day is refused while a live one is taken; with the
 * bound back, old days are taken again.
 */
@ExtendWith(ArquillianExtension.class)
class BackpressureIT {
  private static final String BOUND = "exchange.catch-up-backlog-max-messages";

  @Deployment
  static EnterpriseArchive deployment() {
    return cn.nhjc.province.it.Deployments.platformWithTests();
  }

  @Test
  void a_full_catch_up_lane_refuses_old_days_with_a_retry_hint_and_takes_live_data()
      throws Exception {
    InitialContext naming = new InitialContext();
    UploadIntake intake =
        (UploadIntake) naming.lookup("java:global/platform/ejb-module/UploadIntake");
    PlatformSettings settings =
        (PlatformSettings) naming.lookup("java:global/platform/ejb-module/PlatformSettings");
    String creditCode = ServerDatabase.newCreditCode("130104");
    ServerDatabase.listUnit(creditCode, "积压测试单位", "130104");
    String yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
    String bound = ServerDatabase.setting(BOUND);

    ServerDatabase.setting(BOUND, "0");
    settings.reload();
    try {
      IntakeBusyException refused = awaitRefusal(intake, creditCode);
      assertTrue(refused.getMessage().startsWith("平台繁忙"), refused.getMessage());
      assertTrue(refused.getMessage().contains("秒后重传"), refused.getMessage());
      intake.enqueue(upload(creditCode, yesterday)); // the live lane takes it
    } finally {
      ServerDatabase.setting(BOUND, bound);
      settings.reload();
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (true) {
      try {
        intake.enqueue(upload(creditCode, "2025-05-02"));
        return;
      } catch (IntakeBusyException e) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("old days are still refused with the bound restored", e);
        }
        Thread.sleep(200);
      }
    }
  }

  private static IntakeBusyException awaitRefusal(UploadIntake intake, String creditCode)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        intake.enqueue(upload(creditCode, "2025-05-01"));
      } catch (IntakeBusyException e) {
        return e;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("a catch-up upload was not refused with the bound at 0");
  }

  private static UploadBatch upload(String creditCode, String day) {
    return ServerDatabase.dailyUpload(UUID.randomUUID().toString(), creditCode, day, "7");
  }
}
