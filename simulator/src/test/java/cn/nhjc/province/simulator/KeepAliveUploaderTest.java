package cn.nhjc.province.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real HTTP server (the JDK's), on a port of its own. */
class KeepAliveUploaderTest {
  private HttpServer server;
  private final List<byte[]> bodies = new CopyOnWriteArrayList<>();
  private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
  private volatile String mode = "length";

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/fep/enterprise/uploadEnergyData", this::answer);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    bodies.add(exchange.getRequestBody().readAllBytes());
    clientPorts.add(exchange.getRemoteAddress().getPort());
    byte[] answer =
        "{\"responseCode\":\"0\",\"responseMessage\":\"RECEIVE SUCCESS\"}"
            .getBytes(StandardCharsets.UTF_8);
    switch (mode) {
      case "failure" -> exchange.sendResponseHeaders(503, -1);
      case "chunked" -> {
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(answer, 0, 10);
          out.flush();
          out.write(answer, 10, answer.length - 10);
        }
      }
      case "close" -> {
        exchange.getResponseHeaders().set("Connection", "close");
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
      }
      default -> {
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
      }
    }
    exchange.close();
  }

  private String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Test
  void sends_every_body_whole_over_one_kept_alive_connection() throws IOException {
    try (KeepAliveUploader uploader = new KeepAliveUploader(baseUrl())) {
      byte[] large = new byte[200_000];
      java.util.Arrays.fill(large, (byte) 'x');
      for (byte[] body : List.of("{\"a\":\"中文\"}".getBytes(StandardCharsets.UTF_8), large)) {
        FepAnswer answer = uploader.uploadEnergyData(body);
        assertTrue(answer.accepted(), answer.message());
      }
      mode = "chunked";
      assertEquals("RECEIVE SUCCESS", uploader.uploadEnergyData(new byte[] {'{', '}'}).message());
      assertArrayEquals(large, bodies.get(1));
      assertEquals(1, clientPorts.size(), "one connection for all three requests");
    }
  }

  @Test
  void connects_again_after_the_server_closes_and_reports_a_failing_server() throws IOException {
    try (KeepAliveUploader uploader = new KeepAliveUploader(baseUrl())) {
      mode = "close";
      assertTrue(uploader.uploadEnergyData(new byte[] {'1'}).accepted());
      mode = "length";
      assertTrue(uploader.uploadEnergyData(new byte[] {'2'}).accepted());
      assertEquals(2, clientPorts.size(), "a new connection after Connection: close");
      mode = "failure";
      IOException failure =
          assertThrows(IOException.class, () -> uploader.uploadEnergyData(new byte[] {'3'}));
      assertTrue(failure.getMessage().contains("HTTP 503"), failure.getMessage());
      assertEquals(3, bodies.size(), "a failed upload is not sent again");
    }
  }

  @Test
  void speaks_plain_http_only() {
    assertTrue(KeepAliveUploader.supports("http://localhost:8080"));
    assertFalse(KeepAliveUploader.supports("https://localhost:8443"));
    assertThrows(IllegalArgumentException.class, () -> new KeepAliveUploader("https://x"));
  }
}
