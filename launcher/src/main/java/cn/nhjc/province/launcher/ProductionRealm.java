package cn.nhjc.province.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code ./run.sh production-realm FILE}: writes the realm {@code energy} for a production Keycloak
 * from the demo realm (wildfly-config/keycloak-realm-energy.json): the same roles, clients, claims,
 * events and password policy, without the demo accounts (the audit client's service account stays),
 * with TLS required for every address, the clients' secrets and the platform's public address taken
 * from the environment. Refuses to write one with a demo secret or an address that is not https.
 */
public final class ProductionRealm {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ProductionRealm() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ProductionRealm ROOT FILE");
      System.exit(2);
    }
    Path root = Path.of(args[0]);
    Path out = Path.of(args[1]);
    try {
      ObjectNode realm =
          of(
              (ObjectNode)
                  JSON.readTree(root.resolve("wildfly-config/keycloak-realm-energy.json").toFile()),
              System::getenv);
      JSON.writeValue(out.toFile(), realm);
      System.out.println("[platform] production realm written to " + out);
    } catch (IllegalArgumentException e) {
      System.err.println("[platform] " + e.getMessage());
      System.exit(2);
    }
  }

  /**
   * The production realm made from the demo realm.
   *
   * @param environment PLATFORM_PUBLIC_URL (https://…), OIDC_CLIENT_SECRET, AUDIT_CLIENT_SECRET
   * @throws IllegalArgumentException naming every variable that is missing or a demo value
   */
  static ObjectNode of(ObjectNode demo, Function<String, String> environment) {
    ObjectNode realm = demo.deepCopy();
    List<String> problems = new ArrayList<>();
    String publicUrl = value(environment, "PLATFORM_PUBLIC_URL").replaceAll("/+$", "");
    if (!publicUrl.startsWith("https://")) {
      problems.add("PLATFORM_PUBLIC_URL, the platform's https:// address, is unset or not https");
    }
    Map<String, String> secrets =
        Map.of(
            "energy-web", value(environment, "OIDC_CLIENT_SECRET"),
            "energy-audit", value(environment, "AUDIT_CLIENT_SECRET"));
    for (JsonNode client : realm.path("clients")) {
      String id = client.path("clientId").asText();
      if (!secrets.containsKey(id)) {
        continue;
      }
      String secret = secrets.get(id);
      if (secret.length() < 16 || secret.equals(client.path("secret").asText())) {
        problems.add(
            (id.equals("energy-web") ? "OIDC_CLIENT_SECRET" : "AUDIT_CLIENT_SECRET")
                + " is unset, shorter than 16 characters or the demo's");
      }
      ((ObjectNode) client).put("secret", secret);
      if (client.has("redirectUris")) {
        ((ObjectNode) client).set("redirectUris", JSON.createArrayNode().add(publicUrl + "/*"));
        ((ObjectNode) client.path("attributes")).put("post.logout.redirect.uris", publicUrl + "/*");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "no production realm written: " + String.join("; ", problems));
    }
    realm.put("sslRequired", "all");
    ArrayNode serviceAccounts = JSON.createArrayNode();
    for (JsonNode user : realm.path("users")) {
      if (user.has("serviceAccountClientId")) {
        serviceAccounts.add(user);
      }
    }
    realm.set("users", serviceAccounts);
    return realm;
  }

  private static String value(Function<String, String> environment, String name) {
    String value = environment.apply(name);
    return value == null ? "" : value.trim();
  }
}
