package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Tokens from the real Keycloak are accepted; roles and data scope hold on pages, API and EJBs. */
class SecurityIT extends PlatformClientTest {

  @Test
  void province_official_token_is_accepted_and_sees_every_unit_of_the_province() throws Exception {
    String token = Api.token(Api.Accounts.PROVINCE[0], Api.Accounts.PROVINCE[1]);
    HttpResponse<String> response = Api.get("/api/v1/units?size=500", token, "application/json");
    assertEquals(200, response.statusCode(), response.body());
    JsonNode page = Api.json(response);
    long units = PlatformServicesSession.count("select count(*) from key_unit");
    assertTrue(units >= 60, "the IT server loads a 60-unit demo province");
    assertEquals(units, page.path("total").asLong());
    for (JsonNode unit : page.path("items")) {
      assertTrue(unit.path("regionCode").asText().startsWith("13"));
    }
  }

  @Test
  void city_official_sees_only_units_of_the_own_city() throws Exception {
    String token = Api.token(Api.Accounts.TANGSHAN[0], Api.Accounts.TANGSHAN[1]);
    JsonNode page = Api.json(Api.get("/api/v1/units?size=500", token, "application/json"));
    long tangshan =
        PlatformServicesSession.count(
            "select count(*) from key_unit where region_code like '1302%'");
    assertTrue(tangshan > 0, "the demo province has units in Tangshan");
    assertEquals(tangshan, page.path("total").asLong());
    for (JsonNode unit : page.path("items")) {
      assertTrue(unit.path("regionCode").asText().startsWith("1302"), unit.toString());
    }
  }

  @Test
  void city_official_asking_for_another_city_gets_nothing_of_it() throws Exception {
    String token = Api.token(Api.Accounts.TANGSHAN[0], Api.Accounts.TANGSHAN[1]);
    JsonNode page = Api.json(Api.get("/api/v1/units?region=130100", token, "application/json"));
    assertEquals(0, page.path("total").asInt(), page.toString());
    JsonNode overview = Api.json(Api.get("/api/v1/monitoring/overview", token, "application/json"));
    assertEquals("130200", overview.path("regionCode").asText(), overview.toString());
  }

  @Test
  void enterprise_user_gets_403_on_a_government_page() throws Exception {
    String token = Api.token(Api.Accounts.ENTERPRISE[0], Api.Accounts.ENTERPRISE[1]);
    assertEquals(403, Api.get("/gov/index.xhtml", token, "text/html").statusCode());
  }

  @Test
  void enterprise_user_gets_403_from_an_ejb_reserved_to_administrators() throws Exception {
    // the JAX-RS resource has no role check of its own: the 403 comes from @RolesAllowed on the EJB
    String token = Api.token(Api.Accounts.ENTERPRISE[0], Api.Accounts.ENTERPRISE[1]);
    HttpResponse<String> response = Api.get("/api/v1/jobs/executions", token, "application/json");
    assertEquals(403, response.statusCode(), response.body());
  }

  @Test
  void enterprise_user_gets_403_from_the_overview_ejb() throws Exception {
    String token = Api.token(Api.Accounts.ENTERPRISE[0], Api.Accounts.ENTERPRISE[1]);
    assertEquals(
        403, Api.get("/api/v1/monitoring/overview", token, "application/json").statusCode());
  }

  @Test
  void api_without_token_answers_401_and_page_without_login_redirects_to_keycloak()
      throws Exception {
    assertEquals(401, Api.get("/api/v1/units", null, "application/json").statusCode());
    HttpResponse<String> page = Api.get("/gov/index.xhtml", null, "text/html");
    assertEquals(302, page.statusCode());
    assertTrue(
        page.headers().firstValue("Location").orElse("").startsWith("http://localhost:8180/"));
  }

  @Test
  void the_pages_client_is_confidential_so_a_code_without_its_secret_is_worth_nothing()
      throws Exception {
    // a public client would be identified by its id alone and get "invalid_grant" for the code;
    // the confidential energy-web is refused before the code is looked at
    HttpResponse<String> withoutSecret =
        Api.tokenForm(
            "grant_type=authorization_code&client_id=energy-web&code=stolen"
                + "&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fgov%2F");
    assertEquals(401, withoutSecret.statusCode(), withoutSecret.body());
    assertEquals("unauthorized_client", Api.json(withoutSecret).path("error").asText());
  }

  @Test
  void regions_are_public() throws Exception {
    HttpResponse<String> response = Api.get("/api/v1/regions", null, "application/json");
    assertEquals(200, response.statusCode());
    JsonNode regions = Api.json(response);
    long cities = 0;
    for (JsonNode region : regions) {
      if ("city".equals(region.path("level").asText())) {
        cities++;
        assertEquals("130000", region.path("parentCode").asText());
      }
    }
    assertEquals(11, cities, "Hebei has 11 prefecture-level cities");
  }
}
