package cn.nhjc.province.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The metrology pages in chromium: ent.demo registers a meter whose calibration has expired on the
 * registry form and finds it in the list, the overdue list and the history; the metrology officer
 * reads the summary, drills to a city's units and to one unit's report, and exports the summary.
 */
class MetrologyBrowserIT extends PlatformClientTest {

  @RegisterExtension final Browser browser = new Browser();

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @Test
  void an_enterprise_user_registers_a_meter_on_the_form() throws Exception {
    browser.loginAs(Api.Accounts.ENTERPRISE[0], Api.Accounts.ENTERPRISE[1], "/ent/metrology.xhtml");
    browser.waitFor(By.id("verdict"));
    browser.screenshot("registry");
    String serial = "BR" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);

    new Select(browser.waitFor(By.id("registry:meterType"))).selectByValue("15260500");
    browser.driver().findElement(By.id("registry:serialNo")).sendKeys(serial);
    browser.driver().findElement(By.id("registry:name")).sendKeys("浏览器测试电能表");
    browser.driver().findElement(By.id("registry:maker")).sendKeys("威胜集团有限公司");
    browser.driver().findElement(By.id("registry:accuracyClass")).sendKeys("0.5S");
    new Select(browser.driver().findElement(By.id("registry:level"))).selectByValue("1");
    Select place = new Select(browser.driver().findElement(By.id("registry:place")));
    WebElement plant =
        place.getOptions().stream()
            .filter(option -> option.getText().endsWith("(1)"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the unit's plant is a place"));
    place.selectByValue(plant.getAttribute("value"));
    new Select(browser.driver().findElement(By.id("registry:energyType"))).selectByValue("3300");
    browser
        .driver()
        .findElement(By.id("registry:calibratedOn"))
        .sendKeys(TODAY.minusDays(400).toString());
    browser.driver().findElement(By.id("registry:calibrationMonths")).sendKeys("12");
    browser.driver().findElement(By.id("registry:certificateNo")).sendKeys("JD-" + serial);
    browser.driver().findElement(By.id("registry:save")).click();

    browser.waitForText(By.id("registry:messages"), serial);
    browser.waitForText(By.id("registry:meters"), serial);
    browser.waitForText(By.id("registry:history"), "create");
    browser.screenshot("registered");
    assertEquals(List.of(), browser.contentSecurityPolicyViolations(), "the registry form");
    assertEquals(
        1,
        PlatformServicesSession.count(
            "select count(*) from meter where serial_no = '"
                + serial
                + "' and status ="
                + " 'in-service' and calibration_due < current_date"));

    // the report shows it among the expired calibrations
    browser.open("/ent/metrology.xhtml");
    browser.waitForText(By.id("compliance:expired"), serial);

    // a refusal names its reasons and stores nothing
    new Select(browser.waitFor(By.id("registry:meterType"))).selectByValue("15260500");
    browser.driver().findElement(By.id("registry:serialNo")).sendKeys(serial);
    browser.driver().findElement(By.id("registry:save")).click();
    browser.waitForText(By.id("registry:messages"), "缺少准确度等级");
    browser.screenshot("refused");

    assertEquals(
        1,
        PlatformServicesSession.count(
            "select count(*) from meter where serial_no = '" + serial + "'"),
        "the refused second one is not stored");
    // retired again, so that the demo's figures stay as they were
    try (var db = PlatformServicesSession.database();
        var sql = db.prepareStatement("update meter set status = 'retired' where serial_no = ?")) {
      sql.setString(1, serial);
      sql.executeUpdate();
    }
  }

  @Test
  void the_metrology_officer_reads_the_summary_drills_to_a_unit_and_exports() throws Exception {
    browser.loginAs(Api.Accounts.METROLOGY[0], Api.Accounts.METROLOGY[1], "/gov/metrology.xhtml");
    browser.waitForText(By.id("summary:rows"), "唐山市");
    browser.screenshot("summary");
    browser.driver().findElement(By.linkText("唐山市")).click();
    browser.waitForText(By.id("summary:units"), "唐山市 (130200)");
    browser.screenshot("city-units");
    browser.driver().findElement(By.cssSelector("a[id$='unitLink']")).click();
    browser.waitFor(By.id("verdict"));
    browser.waitFor(By.id("unit:rates"));
    browser.waitFor(By.id("unit:noticeTitle"));
    browser.screenshot("unit");
    assertEquals(List.of(), browser.contentSecurityPolicyViolations(), "the summary's drill-down");

    Path export = browser.download(By.id("summary:xlsx"));
    assertTrue(Files.size(export) > 0);
    try (InputStream in = Files.newInputStream(export);
        Workbook workbook = new XSSFWorkbook(in)) {
      assertEquals("计量器具配备情况汇总", workbook.getSheetName(0));
      assertTrue(workbook.getSheetAt(0).getLastRowNum() >= 5 + 10, "a row per city");
    }
  }

  @Test
  void a_city_official_reads_the_own_city_only() {
    browser.loginAs(Api.Accounts.TANGSHAN[0], Api.Accounts.TANGSHAN[1], "/gov/metrology.xhtml");
    browser.waitForText(By.id("summary:rows"), "唐山市");
    assertTrue(!browser.driver().getPageSource().contains("石家庄市"), "no other city");
    assertEquals(403, browser.status("/api/v1/metrology/summary/130100/units"));
    browser.screenshot("city-official");
  }
}
