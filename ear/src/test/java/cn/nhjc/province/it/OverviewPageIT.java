package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The province overview renders the cities with unit counts and last month's totals; the charting
 * library and the map outlines of docs/third-party.md are served to anyone.
 */
class OverviewPageIT extends PlatformClientTest {

  @Test
  void overview_page_lists_the_cities_with_the_figures_the_api_serves() throws Exception {
    PlatformServicesSession.awaitCurrentRollups();
    String token = Api.token(Api.Accounts.PROVINCE[0], Api.Accounts.PROVINCE[1]);
    JsonNode overview = Api.json(Api.get("/api/v1/overview", token, "application/json"));
    assertEquals("130000", overview.path("provinceCode").asText());
    assertEquals(
        PlatformServicesSession.count("select count(*) from key_unit"),
        overview.path("unitCount").asLong());
    assertTrue(new BigDecimal(overview.path("tce").asText()).signum() > 0, overview.toString());

    HttpResponse<String> page = Api.get("/gov/index.xhtml", token, "text/html");
    assertEquals(200, page.statusCode());
    String html = page.body();
    assertTrue(html.contains("河北省"), "province name");
    assertTrue(html.contains("综合能源消费量"), "figure heading in Chinese");
    for (JsonNode city : overview.path("cities")) {
      assertTrue(html.contains(city.path("regionName").asText()), city.toString());
    }
    assertFalse(html.contains("Exception"));
  }

  @Test
  void public_home_page_renders_without_login() throws Exception {
    HttpResponse<String> page = Api.get("/", null, "text/html");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("石家庄市"));
  }

  @Test
  void echarts_and_the_province_outlines_are_served_without_login() throws Exception {
    HttpResponse<String> library = Api.get("/resources/echarts/echarts.min.js", null, "*/*");
    assertEquals(200, library.statusCode());
    assertTrue(
        library.body().contains("Apache Software Foundation"), "the library's licence header");
    HttpResponse<String> hebei = Api.get("/resources/echarts/province/hebei.json", null, "*/*");
    assertEquals(200, hebei.statusCode());
    assertTrue(Api.json(hebei).path("features").size() > 0);
    assertTrue(hebei.body().contains("石家庄市"), "the outlines of Hebei's cities");
    HttpResponse<String> license = Api.get("/resources/echarts/LICENSE", null, "*/*");
    assertEquals(200, license.statusCode());
    assertTrue(license.body().contains("Apache License"));
  }
}
