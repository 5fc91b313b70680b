package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;

/** The unit list, the administration page and the enterprise page render for their roles only. */
class PagesIT extends PlatformClientTest {

  private static final String DEMO_ENTERPRISE = "91130271170000011R";

  @Test
  void unit_list_page_shows_units_of_the_province() throws Exception {
    String token = Api.token(Api.Accounts.PROVINCE[0], Api.Accounts.PROVINCE[1]);
    HttpResponse<String> page = Api.get("/gov/units.xhtml", token, "text/html");
    assertEquals(200, page.statusCode());
    String firstUnit;
    try (var db = PlatformServicesSession.database();
        var result =
            db.createStatement()
                .executeQuery("select name from key_unit order by credit_code limit 1")) {
      result.next();
      firstUnit = result.getString(1);
    }
    assertTrue(page.body().contains(firstUnit), "the first unit by credit code: " + firstUnit);
  }

  @Test
  void administration_page_lists_jobs_for_administrators_and_refuses_officials() throws Exception {
    String admin = Api.token(Api.Accounts.ADMIN[0], Api.Accounts.ADMIN[1]);
    HttpResponse<String> page = Api.get("/gov/admin/jobs.xhtml", admin, "text/html");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("period-statistics"));
    // the statistics schedule is armed: its next run (statistics.day-close-time, Beijing) is shown
    assertTrue(
        page.body().matches("(?s).*: \\d{4}-\\d{2}-\\d{2}T\\d{2}:00:00Z.*"),
        "the next scheduled run of the statistics job");

    String official = Api.token(Api.Accounts.PROVINCE[0], Api.Accounts.PROVINCE[1]);
    assertEquals(403, Api.get("/gov/admin/jobs.xhtml", official, "text/html").statusCode());
  }

  @Test
  void enterprise_page_shows_the_own_unit_and_nothing_else() throws Exception {
    try (var db = PlatformServicesSession.database();
        PreparedStatement insert =
            db.prepareStatement(
                "insert into key_unit (credit_code, name, region_code, industry_code)"
                    + " values (?, '唐山富康水泥有限公司', '130271', 'C3011')"
                    + " on conflict (credit_code) do nothing")) {
      insert.setString(1, DEMO_ENTERPRISE);
      insert.executeUpdate();
    }
    String token = Api.token(Api.Accounts.ENTERPRISE[0], Api.Accounts.ENTERPRISE[1]);
    HttpResponse<String> page = Api.get("/ent/index.xhtml", token, "text/html");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains(DEMO_ENTERPRISE));
    assertTrue(page.body().contains("本单位最近的上传记录"), "the unit's own upload log");
    assertEquals(
        1, Api.json(Api.get("/api/v1/units", token, "application/json")).path("total").asInt());
  }

  @Test
  void government_official_gets_403_on_the_enterprise_portal() throws Exception {
    String token = Api.token(Api.Accounts.PROVINCE[0], Api.Accounts.PROVINCE[1]);
    assertEquals(403, Api.get("/ent/index.xhtml", token, "text/html").statusCode());
  }
}
