package cn.nhjc.province.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.it.Api;
import cn.nhjc.province.it.EfficiencyData;
import cn.nhjc.province.it.PlatformClientTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The efficiency pages in a real browser: the province official reads a product's benchmark (box
 * plots), follows a unit to its indicators with grade and peer chart; the enterprise user sees its
 * own position among its peers and gets 403 on another unit; a leader list is prepared, reviewed
 * and published on the management page and shown on the public page. Screenshots go to
 * target/screenshots.
 */
class EfficiencyBrowserIT extends PlatformClientTest {

  @RegisterExtension final Browser browser = new Browser();

  @BeforeAll
  static void computed() throws Exception {
    EfficiencyData.awaitComputed();
  }

  @Test
  void province_official_reads_a_benchmark_and_a_units_grade_and_peer_chart() throws Exception {
    String product = EfficiencyData.busiestProduct();
    browser.loginAs(
        Api.Accounts.PROVINCE[0],
        Api.Accounts.PROVINCE[1],
        "/gov/efficiency/index.xhtml?product=" + product + "&period=" + EfficiencyData.MONTH);
    browser.waitForText(By.id("benchmark-title"), "能效对标");
    browser.waitFor(By.cssSelector("#benchmark-chart[data-rendered='true']"));
    assertFalse(browser.driver().findElements(By.cssSelector("#benchmark-chart canvas")).isEmpty());
    browser.screenshot("efficiency-benchmark");
    assertEquals(List.of(), browser.contentSecurityPolicyViolations(), "the box plots");

    browser.driver().findElement(By.cssSelector("table.eff-units tbody a")).click();
    browser.waitFor(By.id("efficiency-title"));
    browser.waitFor(By.cssSelector("#peer-chart[data-rendered='true']"));
    boolean graded = false;
    for (WebElement grade : browser.driver().findElements(By.cssSelector("[id$=':grade']"))) {
      graded |= grade.getText().matches("[123]级|超限");
    }
    assertTrue(graded, "a grade is shown");
    browser.screenshot("efficiency-unit");
    assertEquals(List.of(), browser.contentSecurityPolicyViolations(), "the unit's charts");
  }

  @Test
  void province_official_prepares_reviews_and_publishes_a_leader_list_shown_publicly()
      throws Exception {
    String[] yi = EfficiencyData.busiestYearIndicator();
    browser.loginAs(
        Api.Accounts.PROVINCE[0], Api.Accounts.PROVINCE[1], "/gov/efficiency/leaders.xhtml");
    browser.waitForText(By.id("leaders-title"), "能效领跑者");
    new Select(browser.waitFor(By.id("leaders:year"))).selectByValue(yi[0]);
    new Select(browser.waitFor(By.id("leaders:indicator"))).selectByValue(yi[1]);
    browser.driver().findElement(By.id("leaders:prepare")).click();
    browser.waitFor(By.cssSelector("[id$=':review']")).click();
    browser.waitFor(By.cssSelector("[id$=':publish']")).click();
    browser.waitForText(By.cssSelector("[id$=':state']"), "已发布");
    browser.screenshot("efficiency-leaders-manage");
    browser.open("/leaders.xhtml");
    browser.waitForText(By.id("leaders-title"), "能效领跑者名单");
    assertFalse(
        browser.driver().findElements(By.cssSelector("table.leader-entries tbody tr")).isEmpty());
    assertTrue(
        browser.driver().findElement(By.cssSelector("h3.leader-list")).getText().contains(yi[0]));
    browser.screenshot("efficiency-leaders-public");
  }

  @Test
  void enterprise_user_sees_its_own_position_and_a_403_on_another_unit() throws Exception {
    browser.loginAs(
        Api.Accounts.ENTERPRISE[0], Api.Accounts.ENTERPRISE[1], "/ent/efficiency.xhtml");
    browser.waitForText(By.id("efficiency-title"), "本单位能效");
    boolean placed = false;
    for (WebElement percentile :
        browser.driver().findElements(By.cssSelector("[id$=':percentile']"))) {
      placed |= percentile.getText().matches("\\d+\\.\\d{2}");
    }
    assertTrue(placed, "a peer percentile is shown");
    browser.waitFor(By.cssSelector("#eff-trend[data-rendered='true']"));
    browser.screenshot("efficiency-own");
    String other = EfficiencyData.unitOutside();
    assertFalse(browser.driver().getPageSource().contains(other));
    assertEquals(403, browser.status("/api/v1/efficiency/units/" + other));
    assertEquals(403, browser.status("/gov/efficiency/unit.xhtml?unit=" + other));
  }
}
