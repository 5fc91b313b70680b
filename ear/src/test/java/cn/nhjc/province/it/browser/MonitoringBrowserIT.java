package cn.nhjc.province.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.it.Api;
import cn.nhjc.province.it.PlatformClientTest;
import cn.nhjc.province.it.PlatformServicesSession;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The energy-monitoring pages in a real browser, signed in through Keycloak's login form: the
 * province official sees the map and figures, changes the period, drills to a city and a unit and
 * exports a report; the city official sees the own city and cannot reach another. Screenshots of
 * each page go to target/screenshots.
 */
class MonitoringBrowserIT extends PlatformClientTest {

  @RegisterExtension final Browser browser = new Browser();

  @BeforeAll
  static void rollups() throws Exception {
    PlatformServicesSession.awaitCurrentRollups();
  }

  @Test
  void province_official_reads_the_overview_drills_to_a_unit_and_exports() throws Exception {
    browser.loginAs(Api.Accounts.PROVINCE[0], Api.Accounts.PROVINCE[1], "/gov/");
    browser.waitForText(By.id("overview-title"), "河北省");
    browser.waitFor(By.cssSelector("#region-map[data-rendered='true']"));
    browser.waitFor(By.cssSelector("#mix-chart[data-rendered='true']"));
    assertTrue(browser.waitFor(By.id("key-comprehensiveTce")).getText().contains("同比"));
    assertEquals(Api.Accounts.PROVINCE[0], browser.waitFor(By.id("session:user")).getText());
    browser.screenshot("overview");
    assertEquals(List.of(), browser.contentSecurityPolicyViolations(), "the map and charts");

    // another period: the page reloads for it
    Select period = new Select(browser.waitFor(By.id("period")));
    String other = period.getOptions().get(1).getAttribute("value");
    period.selectByValue(other);
    browser.waitFor(By.cssSelector("#period[data-current='" + other + "']"));
    browser.waitFor(By.cssSelector("#region-map[data-rendered='true']"));
    browser.screenshot("overview-" + other);
    assertEquals(List.of(), browser.contentSecurityPolicyViolations(), "the period's reload");

    // drill: the city, then its units, then one unit's detail
    browser.driver().findElement(By.linkText("唐山市")).click();
    browser.waitForText(By.id("overview-title"), "唐山市");
    browser.waitFor(By.cssSelector("#region-map[data-rendered='true']"));
    browser.screenshot("city");
    browser.driver().findElement(By.id("units-of-region")).click();
    browser.waitForText(By.id("statistics-title"), "按单位");
    browser.screenshot("units");
    browser.driver().findElement(By.cssSelector("#units a.drill")).click();
    browser.waitFor(By.id("unit-title"));
    browser.waitFor(By.cssSelector("#trend-chart[data-rendered='true']"));
    browser.screenshot("unit");
    assertEquals(List.of(), browser.contentSecurityPolicyViolations(), "the unit's charts");

    browser.open("/gov/monitoring/rankings.xhtml");
    browser.waitForText(By.id("ranking-title"), "地区排名");
    browser.driver().findElement(By.cssSelector("a.sort-intensity")).click();
    browser.waitForText(By.cssSelector("th.sorted"), "单位增加值能耗");
    browser.screenshot("rankings");

    browser.open("/gov/");
    browser.waitFor(By.id("export-regions"));
    Path report = browser.download(By.id("export-regions"));
    assertTrue(Files.size(report) > 0);
    try (InputStream in = Files.newInputStream(report);
        Workbook workbook = new XSSFWorkbook(in)) {
      assertEquals("能耗统计", workbook.getSheetName(0));
      Sheet sheet = workbook.getSheetAt(0);
      assertTrue(sheet.getLastRowNum() >= 11, "a row per city");
    }
  }

  @Test
  void city_official_sees_the_own_city_and_cannot_reach_another() {
    browser.loginAs(Api.Accounts.TANGSHAN[0], Api.Accounts.TANGSHAN[1], "/gov/");
    browser.waitForText(By.id("overview-title"), "唐山市");
    browser.waitFor(By.cssSelector("#region-map[data-rendered='true']"));
    assertTrue(!browser.driver().getPageSource().contains("石家庄市"), "no other city");
    browser.screenshot("city-official");
    assertEquals(403, browser.status("/gov/index.xhtml?region=130100"));
    assertEquals(403, browser.status("/api/v1/monitoring/overview?region=130100"));
    browser.open("/gov/index.xhtml?region=130100");
    browser.waitForText(By.cssSelector(".platform-card h2"), "无权访问");
    browser.screenshot("another-city-forbidden");
  }

  @Test
  void city_official_gets_the_403_page_on_the_administration() {
    browser.loginAs(Api.Accounts.TANGSHAN[0], Api.Accounts.TANGSHAN[1], "/gov/admin/jobs.xhtml");
    browser.waitForText(By.cssSelector(".platform-card h2"), "无权访问");
    assertEquals(403, browser.status("/gov/admin/jobs.xhtml"));
    browser.screenshot("forbidden");
  }
}
