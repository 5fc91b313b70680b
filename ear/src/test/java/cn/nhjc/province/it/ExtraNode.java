package cn.nhjc.province.it;

import cn.nhjc.province.launcher.WildFlyServer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A WildFly node of its own beside the suite's server, with the EAR the build produced: for tests
 * that kill and restart a server. It does not schedule the statistics job unless told to.
 */
final class ExtraNode {
  private ExtraNode() {}

  /**
   * Starts the node and waits for its deployment.
   *
   * @param work its folder (server base, log)
   * @param portOffset added to every port (HTTP 8080 + offset, management 9990 + offset)
   * @param jdbcUrl the database it uses
   * @param masterKey the master key file that seals device keys
   * @param more further system properties
   */
  static WildFlyServer start(
      Path work, int portOffset, String jdbcUrl, Path masterKey, Map<String, String> more) {
    Map<String, String> properties = new HashMap<>(more);
    properties.put("jboss.socket.binding.port-offset", String.valueOf(portOffset));
    properties.putIfAbsent("platform.statistics-schedule.active", "false");
    properties.put("platform.keys.master-file", masterKey.toString());
    return WildFlyServer.start(
        Path.of(System.getProperty("jboss.home")),
        work.resolve("standalone"),
        Path.of(System.getProperty("platform.ear")),
        properties,
        Map.of("DB_URL", jdbcUrl, "DB_USER", "postgres", "DB_PASSWORD", "postgres"),
        work.resolve("server.log"));
  }
}
