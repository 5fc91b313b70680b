package cn.nhjc.province.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.conservation.domain.SeasonalForecast;
import cn.nhjc.province.monitoring.domain.ReadingPoint;
import cn.nhjc.province.monitoring.domain.StatType;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The back-test of the year-end forecast (docs/conservation.md, "Forecast"): the demo generator's
 * units over two whole years, 2025 (the history of a province as on 2026-01-15) and 2026 (as on
 * 2027-01-15); for each month of 2026 the projection from the months to date, with 2025 as the
 * seasonal profile, against the year's actual total. The 2025 history is drawn with another reading
 * seed than 2026's (the same units, independent noise, weekend load and overhaul). Also the
 * calendar-days projection that the platform falls back on without a complete past year. Prints the
 * table docs/conservation.md shows.
 */
class ForecastBackTest {

  private static final long SEED = 20261128L;
  private static final int UNITS = 320;
  private static final BigDecimal[] NO_INTERVAL = new BigDecimal[12];

  static {
    Arrays.fill(NO_INTERVAL, BigDecimal.ZERO);
  }

  @Test
  void the_seasonal_projection_errs_by_at_most_five_percent_from_july_on() {
    DemoProvince before =
        DemoProvinceFixtures.province(SEED, UNITS, java.time.LocalDate.of(2026, 1, 15));
    DemoProvince after =
        DemoProvinceFixtures.province(SEED, UNITS, java.time.LocalDate.of(2027, 1, 15));
    double[] seasonal = new double[12];
    double[] calendar = new double[12];
    double[] seasonalMax = new double[12];
    List<List<Double>> errors = new ArrayList<>();
    for (int m = 0; m < 12; m++) {
      errors.add(new ArrayList<>());
    }
    int units = 0;
    for (int i = 0; i < UNITS; i++) {
      DemoUnit a = before.units().get(i);
      DemoUnit b = after.units().get(i);
      if (a.silentFrom() != null || b.silentFrom() != null) {
        continue;
      }
      BigDecimal[] past = months(before, otherDraws(a), 2025);
      BigDecimal[] year = months(after, b, 2026);
      if (Arrays.asList(past).contains(null) || Arrays.asList(year).contains(null)) {
        continue;
      }
      double actual = Arrays.stream(year).mapToDouble(BigDecimal::doubleValue).sum();
      for (int m = 1; m <= 12; m++) {
        BigDecimal[] toDate = new BigDecimal[12];
        System.arraycopy(year, 0, toDate, 0, m);
        double s =
            SeasonalForecast.project(2026, toDate, List.<BigDecimal[]>of(past), NO_INTERVAL)
                .value()
                .doubleValue();
        double c =
            SeasonalForecast.project(2026, toDate, List.of(), NO_INTERVAL).value().doubleValue();
        double error = Math.abs(s - actual) / actual;
        seasonal[m - 1] += error;
        seasonalMax[m - 1] = Math.max(seasonalMax[m - 1], error);
        errors.get(m - 1).add(error);
        calendar[m - 1] += Math.abs(c - actual) / actual;
      }
      units++;
    }
    assertTrue(units > 250, "units back-tested: " + units);
    StringBuilder table =
        new StringBuilder(
            "| months to date | MAPE seasonal | 90th percentile | largest | MAPE calendar days |\n");
    for (int m = 0; m < 12; m++) {
      table.append(
          String.format(
              Locale.ROOT,
              "| %d | %.2f %% | %.2f %% | %.2f %% | %.2f %% |%n",
              m + 1,
              100 * seasonal[m] / units,
              100 * percentile(errors.get(m), 0.9),
              100 * seasonalMax[m],
              100 * calendar[m] / units));
    }
    System.out.println("forecast back-test over " + units + " units\n" + table);
    for (int m = 6; m < 12; m++) {
      double mape = seasonal[m] / units;
      assertTrue(mape <= 0.05, "MAPE with " + (m + 1) + " months: " + mape);
    }
  }

  private static double percentile(List<Double> values, double share) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get((int) Math.ceil(share * sorted.size()) - 1);
  }

  /**
   * The same unit with its own draws of noise, weekend load and overhaul: the generator draws them
   * from the unit's reading seed in the order of the days from the history's first, so two
   * histories that start a year apart would repeat last year's noise day for day.
   */
  private static DemoUnit otherDraws(DemoUnit u) {
    return new DemoUnit(
        u.index(),
        u.creditCode(),
        u.name(),
        u.regionCode(),
        u.cityCode(),
        u.industryCode(),
        u.economicTypeCode(),
        u.annualTce(),
        u.latitude(),
        u.longitude(),
        u.energyMix(),
        u.processes(),
        u.structure(),
        u.collectItems(),
        u.meters(),
        u.silentFrom(),
        u.readingSeed() * 31 + 2025,
        u.indicators());
  }

  /** A unit's monthly comprehensive consumption (tce) of a year, null for a month not complete. */
  private static BigDecimal[] months(DemoProvince province, DemoUnit unit, int year) {
    Map<String, Double> kgce = new HashMap<>();
    unit.energyMix()
        .forEach(
            share ->
                kgce.put(
                    share.energyType().code(), share.energyType().kgcePerUnit().doubleValue()));
    double[] sums = new double[12];
    boolean[] seen = new boolean[12];
    List<ReadingPoint> all = new ArrayList<>();
    province.forEachReadingBatch(unit, 1, all::addAll);
    for (ReadingPoint point : all) {
      String code = point.dataCode();
      if (point.statType() != 2 || !code.startsWith("00-") || !code.endsWith("-11")) {
        continue;
      }
      YearMonth month = YearMonth.from(point.statDate().atZone(StatType.CALENDAR_ZONE));
      if (month.getYear() != year) {
        continue;
      }
      Double coefficient = kgce.get(code.substring(13, 17));
      if (coefficient == null) {
        continue;
      }
      sums[month.getMonthValue() - 1] += point.value().doubleValue() * coefficient / 1000;
      seen[month.getMonthValue() - 1] = true;
    }
    BigDecimal[] months = new BigDecimal[12];
    for (int k = 0; k < 12; k++) {
      months[k] = seen[k] ? BigDecimal.valueOf(sums[k]) : null;
    }
    return months;
  }
}
