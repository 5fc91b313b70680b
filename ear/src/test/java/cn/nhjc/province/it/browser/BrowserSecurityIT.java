package cn.nhjc.province.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cn.nhjc.province.it.Api;
import cn.nhjc.province.it.PlatformClientTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages and the API documentation work in a real browser under their Content-Security-Policy:
 * PrimeFaces' handlers and ajax updates run with the page's nonce, Swagger UI from its files, and
 * the policy refuses nothing they do.
 */
class BrowserSecurityIT extends PlatformClientTest {

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void primefaces_handlers_and_ajax_updates_run_with_the_page_s_nonce() {
    browser.loginAs(Api.Accounts.PROVINCE[0], Api.Accounts.PROVINCE[1], "/gov/units.xhtml");
    By firstCode = By.cssSelector("[id='units:table_data'] tr:first-child td:first-child");
    String first = browser.waitFor(firstCode).getText();

    // the paginator's next page: an ajax request whose answer PrimeFaces applies under the policy
    browser
        .waitFor(By.cssSelector("[id='units:table_paginator_bottom'] .ui-paginator-next"))
        .click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(page -> !first.equals(page.findElement(firstCode).getText()));
    assertNotEquals(first, browser.waitFor(firstCode).getText());
    assertEquals(List.of(), browser.contentSecurityPolicyViolations(), "the next page");

    // the language link: its onclick moved by PrimeFaces into a script with the page's nonce
    browser.waitFor(By.id("session:language")).click();
    browser.waitForText(By.cssSelector(".platform-nav"), "Key units");
    browser.screenshot("units-en");
    assertEquals(List.of(), browser.contentSecurityPolicyViolations(), "the English page");
  }

  @Test
  void swagger_ui_renders_the_api_document_under_the_policy() {
    browser.open("/api/docs/");
    browser.waitForText(By.cssSelector(".swagger-ui .info .title"), "能耗在线监测平台 API");
    browser.waitFor(By.cssSelector(".swagger-ui .opblock"));
    browser.screenshot("api-docs");
    assertEquals(List.of(), browser.contentSecurityPolicyViolations());
  }
}
