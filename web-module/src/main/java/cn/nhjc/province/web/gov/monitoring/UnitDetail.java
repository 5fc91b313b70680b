package cn.nhjc.province.web.gov.monitoring;

import cn.nhjc.province.monitoring.application.QualityAlarms;
import cn.nhjc.province.monitoring.application.statistics.EnergyFigure;
import cn.nhjc.province.monitoring.application.statistics.Figures;
import cn.nhjc.province.monitoring.application.statistics.Statistics;
import cn.nhjc.province.monitoring.domain.ElectricityConvention;
import cn.nhjc.province.monitoring.domain.PeriodType;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import cn.nhjc.province.web.common.JsonScript;
import cn.nhjc.province.web.common.UserSession;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * A unit's detail for officials (gov/monitoring/unit.xhtml): the period's figures, the trend of the
 * 13 months up to it by energy type, the structure (mix) and the data quality of its month. 403 for
 * a unit outside the caller's scope.
 */
@Named
@RequestScoped
public class UnitDetail extends StatisticsPage {
  private static final int TREND_MONTHS = 13;

  @EJB private Statistics statistics;
  @EJB private QualityAlarms quality;

  static final String MESSAGES = "cn.nhjc.province.web.i18n.messages";

  @Inject private UserSession session;

  private String code;
  private Figures figures;
  private QualityAlarms.UnitQuality unitQuality;
  private final List<String> trendMonths = new ArrayList<>();
  private final Map<String, BigDecimal[]> trend = new LinkedHashMap<>();

  @Override
  protected void read() {
    if (code == null || code.isBlank()) {
      // no unit asked for: say how to choose one (in the user's language, which the template sets
      // on the view only when it renders), rather than refuse it as outside the scope
      throw new IllegalArgumentException(
          ResourceBundle.getBundle(MESSAGES, session.getLocale()).getString("unit.choose"));
    }
    StatPeriod chosen = chosenPeriod();
    ElectricityConvention convention = chosenConvention();
    figures = statistics.unit(code, chosen, convention);
    YearMonth last = YearMonth.from(chosen.end().minusDays(1));
    for (int i = 0; i < TREND_MONTHS; i++) {
      YearMonth month = last.minusMonths(TREND_MONTHS - 1 - i);
      trendMonths.add(month.toString());
      for (EnergyFigure e : statistics.unit(code, StatPeriod.month(month), convention).energies()) {
        trend.computeIfAbsent(e.name(), n -> new BigDecimal[TREND_MONTHS])[i] = e.tce();
      }
    }
    // the quality index is kept per day and month: a quarter or year shows its last month
    StatPeriod assessed =
        chosen.type() == PeriodType.DAY || chosen.type() == PeriodType.MONTH
            ? chosen
            : StatPeriod.month(last);
    // metrology officers read a unit's figures, not its data quality
    unitQuality = session.isQuality() ? quality.ofUnit(code, assessed) : null;
  }

  /** The trend chart's data: months and one tce series per energy type. */
  public String getTrendJson() {
    JsonArrayBuilder months = Json.createArrayBuilder();
    trendMonths.forEach(months::add);
    JsonArrayBuilder series = Json.createArrayBuilder();
    trend.forEach(
        (name, values) -> {
          JsonArrayBuilder v = Json.createArrayBuilder();
          for (BigDecimal value : values) {
            if (value == null) {
              v.addNull();
            } else {
              v.add(value);
            }
          }
          series.add(Json.createObjectBuilder().add("name", name).add("values", v));
        });
    return JsonScript.of(Json.createObjectBuilder().add("periods", months).add("series", series));
  }

  public String getMixJson() {
    JsonArrayBuilder mix = Json.createArrayBuilder();
    if (figures != null) {
      figures
          .mix()
          .forEach(
              m -> {
                var row = Json.createObjectBuilder().add("name", m.name());
                JsonScript.number(row, "value", m.consumedTce());
                mix.add(row);
              });
    }
    return JsonScript.of(mix);
  }

  public Figures getFigures() {
    return figures;
  }

  /** The unit's data quality, {@code null} for a user to whom quality is not open. */
  public QualityAlarms.UnitQuality getQuality() {
    return unitQuality;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
