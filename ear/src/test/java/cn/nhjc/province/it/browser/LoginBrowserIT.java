package cn.nhjc.province.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.it.Api;
import cn.nhjc.province.it.PlatformClientTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Signing in on Keycloak's login form in a real browser: the province official reaches the
 * overview, a city official gets the 403 page on the administration.
 */
class LoginBrowserIT extends PlatformClientTest {

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void province_official_signs_in_and_sees_the_overview() {
    browser.loginAs(Api.Accounts.PROVINCE[0], Api.Accounts.PROVINCE[1], "/gov/");

    String heading = browser.waitForText(By.cssSelector("#overview h2"), "能耗监测总览").getText();
    assertTrue(heading.contains("河北省"), heading);
    browser.waitFor(By.id("overview:cities"));
    browser.waitFor(By.id("overview:unitCount"));
    assertEquals(Api.Accounts.PROVINCE[0], browser.waitFor(By.id("session:user")).getText());
    browser.screenshot("overview");
  }

  @Test
  void city_official_gets_the_403_page_on_the_administration() {
    browser.loginAs(Api.Accounts.TANGSHAN[0], Api.Accounts.TANGSHAN[1], "/gov/admin/jobs.xhtml");

    browser.waitForText(By.cssSelector(".platform-card h2"), "无权访问");
    assertTrue(browser.driver().getCurrentUrl().contains("/gov/admin/jobs.xhtml"));
    assertEquals(403, browser.status("/gov/admin/jobs.xhtml"));
    assertEquals(Api.Accounts.TANGSHAN[0], browser.waitFor(By.id("session:user")).getText());
    browser.screenshot("forbidden");
  }
}
