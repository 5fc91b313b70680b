package cn.nhjc.province.web.gov.conservation;

import cn.nhjc.province.conservation.application.ProgressRow;
import cn.nhjc.province.conservation.application.TargetProgress;
import cn.nhjc.province.platform.config.PlatformSettings;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Progress of the targets (gov/conservation/progress.xhtml): the province map coloured by the
 * cities' warning levels, the table of every holder, and the forecast chart of the regions. Figures
 * shown in 万吨标准煤; the API keeps tce.
 */
@Named
@RequestScoped
public class ProgressPage {

  @EJB private TargetProgress progress;
  @EJB private PlatformSettings settings;

  private Integer year;
  private String level;
  private String kind;
  private List<ProgressRow> rows;

  public void load() {
    if (year == null) {
      year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    }
    if (kind == null || kind.isBlank()) {
      kind = "total";
    }
    rows = progress.progress(year, level, kind);
  }

  /** A tce figure in 万吨标准煤, two decimals; an intensity as it is. */
  public BigDecimal shown(BigDecimal value, String rowKind) {
    if (value == null) {
      return null;
    }
    return "total".equals(rowKind)
        ? value.movePointLeft(4).setScale(2, RoundingMode.HALF_UP)
        : value.setScale(4, RoundingMode.HALF_UP);
  }

  public String getMapName() {
    return settings.text("monitoring.map-name");
  }

  /** The cities' (or the caller's city's) warning level, for the map. */
  public String getMapJson() {
    JsonArrayBuilder regions = Json.createArrayBuilder();
    for (ProgressRow row : rows) {
      if ("city".equals(row.level()) && row.warning() != null) {
        regions.add(
            Json.createObjectBuilder()
                .add("code", row.code())
                .add("name", row.name())
                .add("level", row.warning())
                .add("label", row.warningLabel()));
      }
    }
    return Json.createObjectBuilder().add("regions", regions).build().toString();
  }

  /** Target, actual to date and forecast with its interval of the regions, for the chart. */
  public String getChartJson() {
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (ProgressRow row : rows) {
      if (!"unit".equals(row.level()) && row.forecast() != null) {
        items.add(
            Json.createObjectBuilder()
                .add("name", row.name())
                .add("target", shown(row.target(), row.kind()))
                .add("actual", shown(row.actualToDate(), row.kind()))
                .add("forecast", shown(row.forecast(), row.kind()))
                .add("low", shown(row.forecastLow(), row.kind()))
                .add("high", shown(row.forecastHigh(), row.kind())));
      }
    }
    return Json.createObjectBuilder().add("items", items).build().toString();
  }

  public List<ProgressRow> getRows() {
    return rows;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level == null || level.isBlank() ? null : level;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }
}
