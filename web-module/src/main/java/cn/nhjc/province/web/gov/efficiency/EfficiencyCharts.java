package cn.nhjc.province.web.gov.efficiency;

import cn.nhjc.province.efficiency.application.EfficiencyViews;
import cn.nhjc.province.web.common.JsonScript;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON of the efficiency charts (resources/js/efficiency.js): box plots of peer distributions
 * with the unit marked, and indicator trends with the same month a year before.
 */
public final class EfficiencyCharts {

  private EfficiencyCharts() {}

  /** One box per indicator with a distribution whose values are shown; the unit's value marked. */
  public static String boxes(List<EfficiencyViews.IndicatorFigure> indicators) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (EfficiencyViews.IndicatorFigure i : indicators) {
      EfficiencyViews.Distribution d = i.distribution();
      if (d == null || d.best() == null) {
        continue;
      }
      items.add(box(i.name(), i.unit(), d, i.value()));
    }
    return JsonScript.of(Json.createObjectBuilder().add("items", items));
  }

  /** One box per benchmark, without a mark (or the caller's own value). */
  public static String benchmarks(List<EfficiencyViews.Benchmark> benchmarks) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (EfficiencyViews.Benchmark b : benchmarks) {
      if (b.distribution().best() == null) {
        continue;
      }
      items.add(
          box(b.name(), b.unit(), b.distribution(), b.own() == null ? null : b.own().value()));
    }
    return JsonScript.of(Json.createObjectBuilder().add("items", items));
  }

  private static JsonObjectBuilder box(
      String name, String unit, EfficiencyViews.Distribution d, BigDecimal mark) {
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (BigDecimal v : List.of(d.best(), d.q1(), d.median(), d.q3(), d.worst())) {
      values.add(v);
    }
    JsonObjectBuilder item =
        Json.createObjectBuilder()
            .add("name", name)
            .add("unit", unit == null ? "" : unit)
            .add("peers", d.peers())
            .add("box", values);
    return JsonScript.number(item, "mark", mark);
  }

  /** Each indicator's 13 months and the same months a year before. */
  public static String trend(List<EfficiencyViews.Trend> trends) {
    JsonArrayBuilder series = Json.createArrayBuilder();
    for (EfficiencyViews.Trend t : trends) {
      JsonArrayBuilder months = Json.createArrayBuilder();
      JsonArrayBuilder values = Json.createArrayBuilder();
      JsonArrayBuilder before = Json.createArrayBuilder();
      for (EfficiencyViews.TrendPoint p : t.points()) {
        months.add(p.month());
        add(values, p.value());
        add(before, p.yearBefore());
      }
      series.add(
          Json.createObjectBuilder()
              .add("name", t.name())
              .add("unit", t.unit())
              .add("months", months)
              .add("values", values)
              .add("yearBefore", before));
    }
    return JsonScript.of(Json.createObjectBuilder().add("series", series));
  }

  private static void add(JsonArrayBuilder array, BigDecimal value) {
    if (value == null) {
      array.addNull();
    } else {
      array.add(value);
    }
  }
}
