package cn.nhjc.province.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.it.Api;
import cn.nhjc.province.it.PlatformClientTest;
import cn.nhjc.province.it.PlatformServicesSession;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The conservation pages in a real browser: the province official allocates a target, reads the
 * progress with the warning map, runs the assessment and downloads it; a city official sees the own
 * city only. Screenshots go to target/screenshots.
 */
class ConservationBrowserIT extends PlatformClientTest {

  private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

  @RegisterExtension final Browser browser = new Browser();

  @BeforeAll
  static void rollups() throws Exception {
    PlatformServicesSession.awaitCurrentRollups();
  }

  @Test
  void province_official_allocates_reads_the_warnings_runs_and_downloads_the_assessment()
      throws Exception {
    browser.loginAs(
        Api.Accounts.PROVINCE[0], Api.Accounts.PROVINCE[1], "/gov/conservation/targets.xhtml");
    browser.waitFor(By.id("targets:tree"));
    int year = YEAR + 4;
    WebElement yearField = browser.waitFor(By.id("targets:year"));
    yearField.clear();
    yearField.sendKeys(String.valueOf(year));
    browser.waitFor(By.id("targets:newHolder")).sendKeys("130600");
    browser.waitFor(By.id("targets:newBaseYear")).sendKeys(String.valueOf(year - 1));
    browser.waitFor(By.id("targets:newBase")).sendKeys("9000000");
    browser.waitFor(By.id("targets:newTarget")).sendKeys("8800000");
    browser.waitFor(By.id("targets:save")).click();
    browser.waitForText(By.id("targets:list"), "130600");
    browser.waitForText(By.id("targets:list"), "已下达");
    browser.screenshot("targets");
    assertEquals(List.of(), browser.contentSecurityPolicyViolations(), "the targets page");

    browser.open("/gov/conservation/progress.xhtml?year=" + YEAR + "&kind=total");
    browser.waitFor(By.cssSelector("#warning-map[data-rendered='true']"));
    browser.waitFor(By.cssSelector("#forecast-chart[data-rendered='true']"));
    String table = browser.waitFor(By.id("progress-table")).getText();
    assertTrue(table.contains("唐山市"), "the cities' rows");
    assertTrue(
        table.contains("一级预警") || table.contains("二级预警") || table.contains("三级预警"),
        "warning levels shown");
    browser.screenshot("progress");
    assertEquals(List.of(), browser.contentSecurityPolicyViolations(), "the map and the chart");

    browser.open("/gov/conservation/assessment.xhtml");
    browser.waitFor(By.id("assessment:run")).click();
    browser.waitForText(By.id("assessment:messages"), "target-assessment #");
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (browser.driver().findElements(By.cssSelector("#assessment\\:results td.grade")).isEmpty()
        && System.nanoTime() < deadline) {
      Thread.sleep(1000);
      browser.waitFor(By.id("assessment:show")).click();
      Thread.sleep(500);
    }
    browser.waitForText(By.id("assessment:results"), "完成");
    browser.screenshot("assessment");
    Path file = browser.download(By.id("assessment:download"));
    try (InputStream in = Files.newInputStream(file);
        Workbook workbook = new XSSFWorkbook(in)) {
      assertEquals("节能目标责任评价考核", workbook.getSheetName(0));
      assertTrue(workbook.getSheetAt(0).getLastRowNum() > 100, "a row per holder and kind");
    }
  }

  @Test
  void city_official_sees_the_own_city_only() {
    browser.loginAs(
        Api.Accounts.TANGSHAN[0],
        Api.Accounts.TANGSHAN[1],
        "/gov/conservation/progress.xhtml?year=" + YEAR + "&kind=total");
    browser.waitFor(By.cssSelector("#warning-map[data-rendered='true']"));
    String table = browser.waitFor(By.id("progress-table")).getText();
    assertTrue(table.contains("唐山市"), table);
    assertFalse(table.contains("石家庄市"), "no other city");
    assertFalse(table.contains("河北省"), "not the province");
    browser.screenshot("city-progress");
    browser.open("/gov/conservation/targets.xhtml");
    String tree = browser.waitFor(By.id("targets:tree")).getText();
    assertTrue(tree.contains("唐山市"), tree);
    assertFalse(tree.contains("石家庄市"), "no other city in the tree");
    assertFalse(tree.contains("河北省"), "not the province in the tree");
  }
}
