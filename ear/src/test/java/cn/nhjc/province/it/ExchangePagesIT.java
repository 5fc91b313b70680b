package cn.nhjc.province.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.it.Fep.Device;
import cn.nhjc.province.it.TestUnits.Unit;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The data-exchange pages render, with what they are about, for the roles that may open them, and
 * refuse the others.
 */
class ExchangePagesIT extends PlatformClientTest {

  @Test
  void administration_pages_of_the_exchange_render_for_administrators_only() throws Exception {
    Unit unit = TestUnits.listed();
    Device device = Fep.register(unit);
    Fep.call(
        "uploadEnergyData",
        Fep.upload(device, Fep.Item.daily(TestUnits.DAILY_ELECTRICITY, "2026-10-20", "x")));

    String admin = Api.token(Api.Accounts.ADMIN[0], Api.Accounts.ADMIN[1]);
    String official = Api.token(Api.Accounts.PROVINCE[0], Api.Accounts.PROVINCE[1]);

    HttpResponse<String> exchange = Api.get("/gov/admin/exchange.xhtml", admin, "text/html");
    assertEquals(200, exchange.statusCode());
    assertTrue(exchange.body().contains("上传日志"), "the log's heading");
    assertTrue(exchange.body().contains("不是数字"), "the refusal just made is in the log");
    assertTrue(exchange.body().contains("实时通道"), "the live lane's row");
    assertTrue(exchange.body().contains("补传通道"), "the catch-up lane's row");

    HttpResponse<String> devices = Api.get("/gov/admin/devices.xhtml", admin, "text/html");
    assertEquals(200, devices.statusCode());
    assertTrue(devices.body().contains(device.deviceId().substring(0, 6) + "…"), "its prefix");
    assertTrue(!devices.body().contains(device.deviceId()), "a page never shows a whole deviceId");
    assertTrue(!devices.body().contains(device.secretKey()), "a page never shows a key");
    HttpResponse<String> log = Api.get("/api/v1/exchange/log?size=500", admin, "application/json");
    assertTrue(!log.body().contains(device.deviceId()), "nor does the upload log");

    assertEquals(200, Api.get("/gov/admin/units-import.xhtml", admin, "text/html").statusCode());

    for (String page :
        new String[] {
          "/gov/admin/exchange.xhtml", "/gov/admin/devices.xhtml", "/gov/admin/units-import.xhtml"
        }) {
      assertEquals(403, Api.get(page, official, "text/html").statusCode(), page);
    }
  }

  @Test
  void reconciliation_page_renders_for_officials_and_not_for_enterprises() throws Exception {
    String official = Api.token(Api.Accounts.PROVINCE[0], Api.Accounts.PROVINCE[1]);
    HttpResponse<String> page =
        Api.get("/gov/monitoring/reconciliation.xhtml", official, "text/html");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("电力"), "the energy type choice");
    String enterprise = Api.token(Api.Accounts.ENTERPRISE[0], Api.Accounts.ENTERPRISE[1]);
    assertEquals(
        403, Api.get("/gov/monitoring/reconciliation.xhtml", enterprise, "text/html").statusCode());
  }
}
