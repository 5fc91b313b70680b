package cn.nhjc.province.simulator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Speaks the front-end processor's protocol over HTTP: {@code POST {base}/fep/enterprise/{op}}.
 * Thread-safe.
 */
public final class FepClient implements FrontEndProcessor {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final String baseUrl;
  private final HttpClient http;

  public FepClient(String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  @Override
  public FepAnswer register(UnitRef unit) throws IOException, InterruptedException {
    return post(
        "register",
        Json.createObjectBuilder()
            .add("region", unit.regionCode())
            .add("enterpriseCode", unit.creditCode())
            .build());
  }

  @Override
  public FepAnswer versionCheck(Device device) throws IOException, InterruptedException {
    return post(
        "versionCheck", Json.createObjectBuilder().add("deviceId", device.deviceId()).build());
  }

  @Override
  public FepAnswer downloadConfigData(Device device) throws IOException, InterruptedException {
    return post(
        "downloadConfigData",
        Json.createObjectBuilder()
            .add("deviceId", device.deviceId())
            .add("enterpriseCode", device.creditCode())
            .build());
  }

  @Override
  public FepAnswer uploadEnergyData(byte[] body) throws IOException, InterruptedException {
    return post("uploadEnergyData", body);
  }

  private FepAnswer post(String operation, JsonObject request)
      throws IOException, InterruptedException {
    return post(operation, request.toString().getBytes(StandardCharsets.UTF_8));
  }

  private FepAnswer post(String operation, byte[] body) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/fep/enterprise/" + operation))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    // the protocol answers 200 always; anything else is the web tier failing, i.e. transient
    if (response.statusCode() != 200) {
      throw new IOException(operation + ": HTTP " + response.statusCode());
    }
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(response.body()))) {
      JsonObject answer = reader.readObject();
      return new FepAnswer(
          answer.getString("responseCode", ""), answer.getString("responseMessage", ""), answer);
    } catch (RuntimeException e) {
      throw new IOException(operation + ": the answer is not the protocol's JSON", e);
    }
  }
}
