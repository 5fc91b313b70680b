package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.it.CrashLoad.Key;
import cn.nhjc.province.launcher.PlatformBackup;
import cn.nhjc.province.launcher.PostgresServer;
import cn.nhjc.province.launcher.WildFlyServer;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The backup procedure of docs/operations.md, as a drill: a platform of its own (PostgreSQL and a
 * WildFly node) takes a mixed live and catch-up load; a backup is taken while the load goes on; the
 * load goes on a little longer; then the machine is lost: WildFly and PostgreSQL are killed, and
 * the data directory, the server's folder (with the broker's journal) and the master key are
 * deleted. The backup is restored, the platform started again, and every reading acknowledged
 * before the backup began is stored with its value, none twice, and the devices' keys still open: a
 * device registered before the backup uploads again and its value reaches the province's total.
 */
class BackupDrillIT {
  private static final int PORT_OFFSET = 400;
  private static final int POSTGRES_PORT = 15436;

  @Test
  void a_backup_taken_under_load_restores_every_reading_acknowledged_before_it() throws Exception {
    Random random = new Random(Long.getLong("drill.seed", System.nanoTime()));
    Path work = Path.of(System.getProperty("platform.it.work"), "backup-drill");
    PlatformServicesSession.deleteTree(work);
    Path pgdata = work.resolve("pgdata");
    Path masterKey = work.resolve("master.key");
    Path backup = work.resolve("backup");
    String jdbcUrl = "jdbc:postgresql://localhost:" + POSTGRES_PORT + "/" + PostgresServer.DATABASE;

    PostgresServer postgres = PostgresServer.start(pgdata, POSTGRES_PORT);
    WildFlyServer node = start(work, jdbcUrl, masterKey);
    CrashLoad load = new CrashLoad(jdbcUrl, "http://localhost:" + (8080 + PORT_OFFSET));
    try {
      load.seed(random);
      CrashLoad.Running running = load.startLoad(random.nextLong());
      Thread.sleep(3000);
      TreeMap<Key, BigDecimal> beforeBackup = load.acknowledgedSoFar();
      long backupStart = System.nanoTime();
      PlatformBackup.Manifest manifest =
          PlatformBackup.backup(
              pgdata,
              jdbcUrl,
              URI.create("http://localhost:" + (9990 + PORT_OFFSET) + "/health/ready"),
              masterKey,
              backup,
              Duration.ofMinutes(5));
      long backupMillis = (System.nanoTime() - backupStart) / 1_000_000;
      Thread.sleep(2000); // the load goes on after the backup
      node.kill();
      postgres.kill();
      running.stop();
      TreeMap<Key, BigDecimal> all = load.acknowledgedSoFar();
      assertTrue(all.size() > beforeBackup.size(), "the load went on after the backup");

      // the machine is lost
      PlatformServicesSession.deleteTree(pgdata);
      PlatformServicesSession.deleteTree(work.resolve("standalone"));
      Files.delete(masterKey);

      PlatformBackup.Manifest restored = PlatformBackup.restore(backup, pgdata, masterKey);
      assertEquals(manifest, restored);
      assertFalse(
          restored.storedBefore().isBefore(restored.startedAt()),
          "the backup holds what was acknowledged before it began");
      postgres = PostgresServer.start(pgdata, POSTGRES_PORT);
      node = start(work, jdbcUrl, masterKey);
      load.awaitReady(PORT_OFFSET, Duration.ofMinutes(3), System.nanoTime());

      assertEquals(0, load.notStored(beforeBackup), "readings acknowledged before the backup");
      CrashLoad.Check check = load.check();
      assertEquals(0, check.uploadsStoredTwice(), "uploads stored twice");
      assertEquals(0, check.revisions(), "values replaced (a key written twice)");
      assertEquals(check.storedUploads(), check.receipts(), "a receipt for each stored upload");
      assertEquals(0, check.prepared(), "transactions left prepared");
      long liveMillis = load.liveValueReachesProvince(0);
      System.out.printf(
          "backup drill: %d readings acknowledged before the backup, all restored; %d acknowledged"
              + " in all, %d of them stored after the restore; backup took %d ms; stored before"
              + " %s (began %s); a live value reached the province's total %d ms after the restore%n",
          beforeBackup.size(),
          all.size(),
          all.size() - load.notStored(all),
          backupMillis,
          restored.storedBefore(),
          restored.startedAt(),
          liveMillis);
      assertTrue(Instant.now().isAfter(restored.storedBefore()));
    } finally {
      node.close();
      postgres.close();
    }
  }

  private static WildFlyServer start(Path work, String jdbcUrl, Path masterKey) {
    return ExtraNode.start(work, PORT_OFFSET, jdbcUrl, masterKey, Map.of());
  }
}
