package cn.nhjc.province.web.gov.monitoring;

import cn.nhjc.province.monitoring.application.overview.EnergyMonitoring;
import cn.nhjc.province.monitoring.application.overview.SubRegion;
import cn.nhjc.province.monitoring.application.statistics.MixShare;
import cn.nhjc.province.platform.config.PlatformSettings;
import cn.nhjc.province.web.common.JsonScript;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

/**
 * The energy-monitoring overview (gov/index.xhtml): a region's key figures with year-on-year and
 * period-on-period changes, the map of the regions below it, the mix and per-fuel figures. The
 * region, period and convention come from the address ({@code ?region=&period=&convention=}), so a
 * drill-down is a link and every view can be bookmarked.
 */
@Named
@RequestScoped
public class Overview extends StatisticsPage {
  @EJB private EnergyMonitoring monitoring;
  @EJB private PlatformSettings settings;

  private String region;
  private cn.nhjc.province.monitoring.application.overview.Overview data;
  private String parentRegion;

  @Override
  protected void read() {
    data = monitoring.overview(region, chosenPeriod(), chosenConvention());
    // worked out once: the page asks for it several times while rendering
    String own = monitoring.ownRegion();
    if (!data.regionCode().equals(own)) {
      parentRegion = "county".equals(data.level()) ? data.regionCode().substring(0, 4) + "00" : own;
    }
  }

  /**
   * The region one level up (the province for a city, the city for a county), for the way back;
   * {@code null} for the caller's own region.
   */
  public String getParentRegion() {
    return parentRegion;
  }

  /**
   * The province outline file (resources/echarts/province/*.json, from the ECharts 4.9.0 package).
   */
  public String getMapName() {
    return settings.text("monitoring.map-name");
  }

  /**
   * The map's data: each region below with its total, changes and completeness, and the region
   * whose outline alone is drawn when a city is shown.
   */
  public String getMapJson() {
    JsonArrayBuilder regions = Json.createArrayBuilder();
    if (data != null) {
      for (SubRegion r : data.subRegions()) {
        var row = Json.createObjectBuilder().add("code", r.code()).add("name", r.name());
        JsonScript.number(row, "value", r.comprehensiveTce());
        JsonScript.number(row, "yearOnYear", r.yearOnYear());
        JsonScript.number(row, "periodOnPeriod", r.periodOnPeriod());
        JsonScript.number(row, "completeness", r.completeness());
        row.add("units", r.units());
        regions.add(row);
      }
    }
    var map =
        Json.createObjectBuilder()
            .add("regions", regions)
            .add("level", data == null ? "" : data.level())
            .add("drillable", data != null && "province".equals(data.level()));
    if (data != null && !"province".equals(data.level())) {
      map.add("focus", data.regionCode().substring(0, 4) + "00");
      var own =
          Json.createObjectBuilder().add("code", data.regionCode()).add("name", data.regionName());
      JsonScript.number(own, "value", data.keyFigures().get(0).value());
      map.add("own", own);
    }
    return JsonScript.of(map);
  }

  /** The mix for the pie: group name and consumed tce. */
  public String getMixJson() {
    JsonArrayBuilder mix = Json.createArrayBuilder();
    if (data != null) {
      for (MixShare share : data.mix()) {
        var row = Json.createObjectBuilder().add("name", share.name());
        JsonScript.number(row, "value", share.consumedTce());
        JsonScript.number(row, "share", share.share());
        mix.add(row);
      }
    }
    return JsonScript.of(mix);
  }

  public cn.nhjc.province.monitoring.application.overview.Overview getData() {
    return data;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }
}
