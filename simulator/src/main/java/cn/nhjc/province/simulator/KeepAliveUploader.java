package cn.nhjc.province.simulator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The benchmark's sender of {@code uploadEnergyData}: one blocking HTTP/1.1 connection, kept alive,
 * each request written with one call. The load generator shares the machine's cores with the
 * platform it measures; the JDK's {@code HttpClient} (its selector thread, its copies, its futures)
 * spent about 2 ms of CPU on each upload, a fifth of this machine, and this sender spends a small
 * fraction of that, so that the figures are the platform's, not the generator's. Plain {@code http}
 * only (the benchmark runs next to the server); one instance per client thread; a failed request is
 * reported, never re-sent (a re-sent upload would be counted twice).
 */
final class KeepAliveUploader implements AutoCloseable {
  private static final int TIMEOUT_MILLIS = 60_000;

  /** One factory: {@code Json.createReader} looks the JSON provider up again on every call. */
  private static final JsonReaderFactory READERS = Json.createReaderFactory(null);

  private final String host;
  private final int port;
  private final byte[] requestHead;
  private Socket socket;
  private OutputStream out;
  private InputStream in;

  KeepAliveUploader(String baseUrl) {
    URI uri = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    if (!"http".equalsIgnoreCase(uri.getScheme())) {
      throw new IllegalArgumentException(
          "the keep-alive sender speaks plain http only: " + baseUrl);
    }
    this.host = uri.getHost();
    this.port = uri.getPort() < 0 ? 80 : uri.getPort();
    String path = uri.getRawPath() + "fep/enterprise/uploadEnergyData";
    this.requestHead =
        ("POST "
                + path
                + " HTTP/1.1\r\nHost: "
                + host
                + ":"
                + port
                + "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ")
            .getBytes(StandardCharsets.US_ASCII);
  }

  /** Whether the benchmark can send to this base URL with this sender. */
  static boolean supports(String baseUrl) {
    return baseUrl.toLowerCase(Locale.ROOT).startsWith("http://");
  }

  FepAnswer uploadEnergyData(byte[] body) throws IOException {
    Reply reply = send(body);
    // the protocol answers 200 always; anything else is the web tier failing, i.e. transient
    if (reply.status() != 200) {
      throw new IOException("uploadEnergyData: HTTP " + reply.status());
    }
    return reply.answer();
  }

  /**
   * An answer with its HTTP status: 200 for the protocol's answers, 503 when the platform is busy
   * and 429 when the sender is over its rate limit (both with {@code Retry-After} and the
   * protocol's refusal), anything else a failure of the web tier.
   *
   * @param answer the protocol's answer, null when the body is not the protocol's JSON
   * @param retryAfterSeconds the {@code Retry-After} header, 0 without one
   */
  record Reply(int status, int retryAfterSeconds, FepAnswer answer) {}

  /** Sends one {@code uploadEnergyData} and reads the answer, whatever its status. */
  Reply send(byte[] body) throws IOException {
    if (socket == null) {
      connect();
    }
    try {
      byte[] length = (body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
      byte[] request = new byte[requestHead.length + length.length + body.length];
      System.arraycopy(requestHead, 0, request, 0, requestHead.length);
      System.arraycopy(length, 0, request, requestHead.length, length.length);
      System.arraycopy(body, 0, request, requestHead.length + length.length, body.length);
      out.write(request);
      out.flush();
      return readResponse();
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  private void connect() throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(TIMEOUT_MILLIS);
    socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
    out = socket.getOutputStream();
    in = new BufferedInputStream(socket.getInputStream(), 8192);
  }

  private Reply readResponse() throws IOException {
    String status = line();
    String[] parts = status.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP answer: " + status);
    }
    int code = Integer.parseInt(parts[1]);
    int contentLength = -1;
    int retryAfter = 0;
    boolean chunked = false;
    boolean closing = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      int colon = header.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> contentLength = Integer.parseInt(value);
        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        case "connection" -> closing = value.equalsIgnoreCase("close");
        case "retry-after" -> retryAfter = parseSeconds(value);
        default -> {}
      }
    }
    byte[] body = chunked ? chunks() : exactly(Math.max(contentLength, 0));
    if (closing || (!chunked && contentLength < 0)) {
      close();
    }
    FepAnswer answer;
    try {
      answer = answer(body);
    } catch (IOException e) {
      if (code == 200) {
        throw e;
      }
      answer = null;
    }
    return new Reply(code, retryAfter, answer);
  }

  private static int parseSeconds(String value) {
    try {
      return Math.max(0, Integer.parseInt(value));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private byte[] chunks() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String size = line();
      int semicolon = size.indexOf(';');
      int length =
          Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
      if (length == 0) {
        while (!line().isEmpty()) {
          // trailers
        }
        return body.toByteArray();
      }
      body.write(exactly(length));
      line();
    }
  }

  private byte[] exactly(int length) throws IOException {
    byte[] bytes = in.readNBytes(length);
    if (bytes.length != length) {
      throw new IOException("the connection closed in the middle of an answer");
    }
    return bytes;
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder(64);
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("the connection closed in the middle of an answer");
      }
      if (b == '\n') {
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r'
            ? line.substring(0, end - 1)
            : line.toString();
      }
      line.append((char) b);
    }
  }

  private static FepAnswer answer(byte[] body) throws IOException {
    try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(body))) {
      JsonObject answer = reader.readObject();
      return new FepAnswer(
          answer.getString("responseCode", ""), answer.getString("responseMessage", ""), answer);
    } catch (RuntimeException e) {
      throw new IOException("uploadEnergyData: the answer is not the protocol's JSON", e);
    }
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing anyway
      }
      socket = null;
    }
  }
}
