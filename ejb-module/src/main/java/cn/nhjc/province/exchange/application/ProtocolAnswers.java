package cn.nhjc.province.exchange.application;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/**
 * The protocol's answer envelope: {@code responseCode} "0" or "1" and a message; the web tier's
 * refusals of unreadable requests use it too.
 */
public final class ProtocolAnswers {
  static final String RECEIVE_SUCCESS = "RECEIVE SUCCESS";

  /**
   * One factory for every answer: {@code Json.createObjectBuilder()} looks the JSON provider up
   * again on each call, a class-loader search that fails with an exception on the way, 3.8 % of
   * WildFly's CPU under the ingestion benchmark of 2026-12-06 (docs/benchmarks.md, "What we
   * tried").
   */
  private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

  private ProtocolAnswers() {}

  static JsonObjectBuilder success() {
    return BUILDERS
        .createObjectBuilder()
        .add("responseCode", "0")
        .add("responseMessage", RECEIVE_SUCCESS);
  }

  public static JsonObject refusal(String message) {
    return BUILDERS
        .createObjectBuilder()
        .add("responseCode", "1")
        .add("responseMessage", message)
        .build();
  }
}
