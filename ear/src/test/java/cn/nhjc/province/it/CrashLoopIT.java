package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.it.CrashLoad.Kill;
import cn.nhjc.province.launcher.PostgresServer;
import cn.nhjc.province.launcher.WildFlyServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged is lost or doubled, whenever the platform is killed: a platform of its own
 * (a PostgreSQL and a WildFly node) takes a mixed load of live uploads (yesterday's quarter-hours,
 * the live lane) and catch-up uploads (weeks of old days, 补传) and is killed at a random moment of
 * it, again and again, in turn: WildFly alone (SIGKILL); WildFly and PostgreSQL together (SIGKILL,
 * a power cut); PostgreSQL stopped fast and WildFly killed 3 s later; PostgreSQL stopped fast and
 * started again 5 s later while WildFly runs on. After each the platform restarts, the uploads
 * whose answer never came are sent again (as a device re-sends, 补传), and what is stored is compared
 * with what was acknowledged: every reading by count and checksum, no upload stored twice, no
 * transaction left prepared. A new live value then reaches the province's totals; the time it takes
 * is reported.
 *
 * <p>{@code -Dcrash.kills=N} sets the number of kills (in the suite one of each kind) and {@code
 * -Dcrash.report=FILE} writes the figures as a Markdown table.
 */
class CrashLoopIT {
  private static final int PORT_OFFSET = 300;
  private static final int POSTGRES_PORT = 15435;

  @Test
  void nothing_acknowledged_is_lost_or_doubled_across_kills_at_random_moments() throws Exception {
    int kills = Integer.getInteger("crash.kills", Kill.values().length);
    Random random = new Random(Long.getLong("crash.seed", System.nanoTime()));
    Path work = Path.of(System.getProperty("platform.it.work"), "crash-loop");
    PlatformServicesSession.deleteTree(work);
    Path pgdata = work.resolve("pgdata");

    PostgresServer postgres = PostgresServer.start(pgdata, POSTGRES_PORT);
    WildFlyServer node = start(work);
    CrashLoad load = new CrashLoad(postgres.jdbcUrl(), "http://localhost:" + (8080 + PORT_OFFSET));
    load.seed(random);
    List<CrashLoad.Round> rounds = new ArrayList<>();
    try {
      for (int round = 0; round < kills; round++) {
        Kill kill = Kill.values()[round % Kill.values().length];
        long loadMillis = 1500 + random.nextInt(3500);
        CrashLoad.Running running = load.startLoad(random.nextLong());
        Thread.sleep(loadMillis);
        long killedAt = System.nanoTime();
        switch (kill) {
          case WILDFLY -> node.kill();
          case PLATFORM -> {
            node.kill();
            postgres.kill();
          }
          case DATABASE_THEN_WILDFLY -> {
            postgres.stopFast();
            Thread.sleep(3000);
            node.kill();
            postgres.awaitStopped();
          }
          case DATABASE_RESTART -> {
            postgres.stopFast();
            postgres.awaitStopped();
            Thread.sleep(5000);
          }
        }
        if (kill != Kill.WILDFLY) {
          postgres = PostgresServer.start(pgdata, POSTGRES_PORT);
        }
        long deployedMillis = 0;
        if (kill == Kill.DATABASE_RESTART) {
          Thread.sleep(2000); // the load goes on against the database that is back
          running.stop();
        } else {
          running.stop();
          node = start(work);
          deployedMillis = (System.nanoTime() - killedAt) / 1_000_000;
        }
        long readyMillis = load.awaitReady(PORT_OFFSET, Duration.ofMinutes(3), killedAt);
        long freshnessMillis = load.liveValueReachesProvince(round);
        int resent = load.resendUnanswered();
        long drainMillis = load.awaitStored(Duration.ofMinutes(5));
        CrashLoad.Check check = load.check();
        Map<String, Integer> refusals = load.takeRefusals();
        CrashLoad.Round result =
            new CrashLoad.Round(
                round + 1,
                kill,
                loadMillis,
                running.acknowledged(),
                running.unanswered(),
                resent,
                deployedMillis,
                readyMillis,
                drainMillis,
                freshnessMillis,
                check,
                refusals);
        rounds.add(result);
        System.out.println(result);
        assertEquals(check.expectedReadings(), check.storedReadings(), "readings stored");
        assertEquals(check.expectedChecksum(), check.storedChecksum(), "checksum of the readings");
        assertEquals(0, check.uploadsStoredTwice(), "uploads stored twice");
        assertEquals(0, check.revisions(), "values replaced (a key written twice)");
        assertEquals(check.storedUploads(), check.receipts(), "a receipt for each stored upload");
        assertEquals(0, check.prepared(), "transactions left prepared");
        if (kill == Kill.WILDFLY || kill == Kill.PLATFORM) {
          assertEquals(Map.of(), refusals, "refusals");
        } else {
          // while the database is away the front-end processor answers 503 "1" (send again);
          // nothing the load sends is refused for its content
          refusals
              .keySet()
              .forEach(refusal -> assertTrue(refusal.startsWith("HTTP 503 "), refusal));
        }
      }
    } finally {
      node.close();
      postgres.close();
      String report = System.getProperty("crash.report");
      if (report != null && !rounds.isEmpty()) {
        write(Path.of(report), CrashLoad.markdown(rounds));
      }
    }
    assertTrue(rounds.size() == kills);
  }

  private static WildFlyServer start(Path work) {
    return ExtraNode.start(
        work,
        PORT_OFFSET,
        "jdbc:postgresql://localhost:" + POSTGRES_PORT + "/" + PostgresServer.DATABASE,
        work.resolve("master.key"),
        Map.of());
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, text);
  }
}
