package cn.nhjc.province.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.nhjc.province.exchange.application.UploadStorage;
import cn.nhjc.province.exchange.domain.UploadBatch;
import cn.nhjc.province.monitoring.application.IntakeActivity;
import cn.nhjc.province.monitoring.domain.ProtocolTime;
import cn.nhjc.province.monitoring.domain.StatType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * While the intake's catch-up lane keeps storing (补传), the rollup scheduler rolls up live changes
 * only; the old days' changes wait on the list ({@code statistics.rollup-yield-ms}, 30 s at most at
 * a time) and are taken once the lane is quiet.
 */
@ExtendWith(ArquillianExtension.class)
class RollupYieldIT {

  private static final String ELECTRICITY = "00-00-0000-023300-11";

  @Deployment
  static EnterpriseArchive deployment() {
    return cn.nhjc.province.it.Deployments.platformWithTests();
  }

  @Test
  void while_the_catch_up_lane_stores_only_live_changes_are_rolled_up_and_old_days_follow_after()
      throws Exception {
    InitialContext naming = new InitialContext();
    IntakeActivity lane =
        (IntakeActivity) naming.lookup("java:global/platform/ejb-module/IntakeActivity");
    UploadStorage store =
        (UploadStorage) naming.lookup("java:global/platform/ejb-module/UploadStorage");
    String creditCode = ServerDatabase.newCreditCode("130102");
    long unitId =
        ServerDatabase.listUnit(creditCode, "回卷测试水泥有限公司" + creditCode.substring(8, 16), "130102");
    Instant sentinel = ProtocolTime.parse("2019-03-01 00:00:00");
    Instant old = ProtocolTime.parse("2019-03-02 00:00:00");
    Instant live =
        LocalDate.now(StatType.CALENDAR_ZONE)
            .minusDays(1)
            .atStartOfDay(StatType.CALENDAR_ZONE)
            .toInstant();

    // what earlier tests left on the list is rolled up first (the lane is idle), so that the
    // first cycle of the whole list takes this test's old day
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (ServerDatabase.count("select count(*) from rollup_dirty") > 0
        && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertEquals(0, ServerDatabase.count("select count(*) from rollup_dirty"));
    // the catch-up lane is busy: a batch stored every 100 ms
    ScheduledExecutorService busy = Executors.newSingleThreadScheduledExecutor();
    busy.scheduleAtFixedRate(lane::catchUpStored, 0, 100, TimeUnit.MILLISECONDS);
    try {
      // an old day goes on the list; once a cycle of the whole list has taken it (the longest
      // wait over, or before the scheduler saw the lane busy), a whole wait lies ahead
      store.storeAll(List.of(daily(creditCode, sentinel, "1")));
      awaitTaken(unitId, sentinel, Duration.ofSeconds(45));

      store.storeAll(List.of(daily(creditCode, old, "2")));
      store.storeAll(List.of(daily(creditCode, live, "3")));
      awaitTaken(unitId, live, Duration.ofSeconds(10));
      // several of the scheduler's looks (one a second), well within the wait
      Thread.sleep(3_000);
      assertEquals(1, waiting(unitId, old), "the old day waits while the lane stores");
    } finally {
      busy.shutdownNow();
    }
    // the lane quiet for a second: the old day follows
    awaitTaken(unitId, old, Duration.ofSeconds(15));
  }

  private static UploadBatch daily(String creditCode, Instant day, String value) {
    return new UploadBatch(
        UUID.randomUUID().toString(),
        creditCode,
        "device",
        Instant.now(),
        List.of(new UploadBatch.Item(ELECTRICITY, 1, day, new BigDecimal(value), 1, 1, false)));
  }

  private static void awaitTaken(long unitId, Instant day, Duration within) throws Exception {
    long deadline = System.nanoTime() + within.toNanos();
    while (waiting(unitId, day) > 0 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertEquals(0, waiting(unitId, day), "still on the rollup list: " + day);
  }

  private static long waiting(long unitId, Instant day) throws Exception {
    return ServerDatabase.count(
        "select count(*) from rollup_dirty where unit_id = "
            + unitId
            + " and stat_date = '"
            + day
            + "'::timestamptz");
  }
}
