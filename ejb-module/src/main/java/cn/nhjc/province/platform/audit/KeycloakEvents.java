package cn.nhjc.province.platform.audit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The identity provider's sign-in events (Keycloak's admin API {@code GET
 * /admin/realms/{realm}/events}) and the audit records they become.
 */
public final class KeycloakEvents {

  /** The event types the realm stores (keycloak-realm-energy.json) and the trail imports. */
  public static final List<String> TYPES =
      List.of(
          "LOGIN",
          "LOGIN_ERROR",
          "LOGOUT",
          "LOGOUT_ERROR",
          "CLIENT_LOGIN_ERROR",
          "UPDATE_PASSWORD",
          "UPDATE_PASSWORD_ERROR");

  /** The prefix of an imported record's external id: {@code keycloak:<event id>}. */
  static final String EXTERNAL_PREFIX = "keycloak:";

  private static final String ERROR = "_ERROR";

  private KeycloakEvents() {}

  /** One event as the admin API lists it (EventRepresentation). */
  public record Event(
      String id,
      long time,
      String type,
      String clientId,
      String userId,
      String ipAddress,
      String error,
      Map<String, String> details) {

    public Event {
      Objects.requireNonNull(type, "an event's type");
      details =
          details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** The audit record of the event. */
    public AuditEntry toEntry() {
      String username = details.get("username");
      String actor =
          username != null ? username : userId != null ? userId : clientId != null ? clientId : "?";
      StringJoiner detail = new StringJoiner(", ");
      if (error != null) {
        detail.add(error);
      }
      for (String key : List.of("grant_type", "auth_method", "reason")) {
        if (details.get(key) != null) {
          detail.add(key + " " + details.get(key));
        }
      }
      return new AuditEntry(
          Instant.ofEpochMilli(time),
          actor,
          null, // the event does not say which roles the account had
          ipAddress,
          action(type),
          clientId == null ? "realm" : "client " + clientId,
          type.endsWith(ERROR) ? Outcome.REFUSED : Outcome.SUCCESS,
          detail.length() == 0 ? null : detail.toString(),
          EXTERNAL_PREFIX + externalId());
    }

    /** The event's id, or (from an identity provider that gives none) its identifying fields. */
    String externalId() {
      return id != null ? id : time + "/" + type + "/" + userId + "/" + clientId + "/" + ipAddress;
    }
  }

  /** The audit action of an event type: LOGIN and LOGIN_ERROR are both a sign-in, and so on. */
  static String action(String type) {
    String base = type.endsWith(ERROR) ? type.substring(0, type.length() - ERROR.length()) : type;
    return switch (base) {
      case "LOGIN" -> AuditActions.SIGN_IN;
      case "LOGOUT" -> AuditActions.SIGN_OUT;
      case "CLIENT_LOGIN" -> AuditActions.CLIENT_SIGN_IN;
      case "UPDATE_PASSWORD" -> AuditActions.PASSWORD_CHANGE;
      default -> "auth." + base.toLowerCase(Locale.ROOT).replace('_', '-');
    };
  }

  /**
   * The events of an answer of the admin API (a JSON array of EventRepresentation).
   *
   * @throws jakarta.json.JsonException when it is not such an array
   */
  public static List<Event> parse(String json) {
    JsonArray array;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      array = reader.readArray();
    }
    List<Event> events = new ArrayList<>(array.size());
    for (JsonValue value : array) {
      JsonObject event = value.asJsonObject();
      Map<String, String> details = new LinkedHashMap<>();
      JsonValue detailValue = event.get("details");
      if (detailValue != null && detailValue.getValueType() == JsonValue.ValueType.OBJECT) {
        for (Map.Entry<String, JsonValue> detail : detailValue.asJsonObject().entrySet()) {
          details.put(detail.getKey(), text(detail.getValue()));
        }
      }
      events.add(
          new Event(
              string(event, "id"),
              event.getJsonNumber("time").longValueExact(),
              string(event, "type"),
              string(event, "clientId"),
              string(event, "userId"),
              string(event, "ipAddress"),
              string(event, "error"),
              details));
    }
    return events;
  }

  /**
   * The admin API's query for the imported types from {@code fromMillis} (inclusive), oldest first.
   */
  public static String eventsQuery(long fromMillis, int first, int max) {
    StringBuilder query = new StringBuilder("/events?");
    for (String type : TYPES) {
      query.append("type=").append(URLEncoder.encode(type, StandardCharsets.UTF_8)).append('&');
    }
    return query
        .append("dateFrom=")
        .append(fromMillis)
        .append("&direction=asc&first=")
        .append(first)
        .append("&max=")
        .append(max)
        .toString();
  }

  private static String string(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : text(value);
  }

  private static String text(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> ((JsonNumber) value).toString();
      case NULL -> null;
      default -> value.toString();
    };
  }
}
