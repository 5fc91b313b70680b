package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.launcher.WildFlyServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Production mode refuses to start with the demo's settings: the published client secrets, the
 * default database password, plain HTTP, and a realm holding the demo accounts. A node of its own
 * is started with {@code platform.mode=production} and nothing else changed; its deployment must
 * fail and say why.
 */
class ProductionModeIT {
  private static final int PORT_OFFSET = 700;

  @Test
  void production_mode_refuses_to_start_with_the_demo_settings_and_names_each() throws Exception {
    Path work = Path.of(System.getProperty("platform.it.work"), "production-node");
    PlatformServicesSession.deleteTree(work);
    IllegalStateException failed =
        assertThrows(
            IllegalStateException.class,
            () -> {
              try (WildFlyServer node =
                  ExtraNode.start(
                      work,
                      PORT_OFFSET,
                      PlatformServicesSession.jdbcUrl(),
                      Path.of(
                          System.getProperty("platform.it.work"),
                          "standalone/data/platform/master.key"),
                      Map.of("platform.mode", "production", "platform.intake.active", "false"))) {
                // deployed: the gate let the demo settings through
              }
            });
    assertTrue(failed.getMessage().contains("deployment failed"), failed.getMessage());
    String log = Files.readString(work.resolve("server.log"));
    for (String finding :
        new String[] {
          "production mode refused: OIDC_CLIENT_SECRET",
          "production mode refused: DB_PASSWORD",
          "production mode refused: plain HTTP",
          "production mode refused: FEP_BASE_URL",
          "production mode refused: OIDC_PROVIDER_URL",
          "production mode refused: AUDIT_CLIENT_SECRET",
          "production mode refused: the realm holds demo accounts: prov.official, city.tangshan"
        }) {
      assertTrue(log.contains(finding), "the log names: " + finding);
    }
  }
}
