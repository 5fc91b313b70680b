package cn.nhjc.province.exchange.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** The protocol's answer envelope: {@code responseCode} "0" or "1" and a message. */
final class ProtocolAnswers {
  static final String RECEIVE_SUCCESS = "RECEIVE SUCCESS";

  private ProtocolAnswers() {}

  static JsonObjectBuilder success() {
    return Json.createObjectBuilder()
        .add("responseCode", "0")
        .add("responseMessage", RECEIVE_SUCCESS);
  }

  static JsonObject refusal(String message) {
    return Json.createObjectBuilder()
        .add("responseCode", "1")
        .add("responseMessage", message)
        .build();
  }
}
