package cn.nhjc.province.demo;

import cn.nhjc.province.monitoring.domain.ReadingPoint;
import cn.nhjc.province.monitoring.domain.StatType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The history of one demo unit, generated month by month from the unit's reading seed: daily values
 * with seasonality, a weekend dip, one overhaul and noise; monthly values that are the exact sum of
 * the month's daily values; process electricity as a split of the plant's; and 15-minute
 * electricity for the last days whose 96 values add up exactly to the day's value. The non-energy
 * readings (value added, output, heat sent out) follow the energy values ({@link IndicatorSeries}).
 */
final class ReadingSeries {

  static final int HISTORY_MONTHS = 13;
  static final int REALTIME_DAYS = 3;
  static final int SCALE = 3;

  private static final int SLOTS_PER_DAY = 96;
  private static final double OVERHAUL_LOAD = 0.35;
  private static final int VALID = 1;

  private final DemoUnit unit;
  private final LocalDate today;
  private final Map<String, DemoCollectItem> dailyByEnergy = new HashMap<>();
  private final Map<String, DemoCollectItem> monthlyByEnergy = new HashMap<>();
  private final Map<String, DemoCollectItem> purchaseByEnergy = new HashMap<>();
  private final Map<String, DemoCollectItem> processDailyByCode = new HashMap<>();
  private DemoCollectItem realtimeElectricity;

  ReadingSeries(DemoUnit unit, LocalDate today) {
    this.unit = unit;
    this.today = today;
    for (DemoCollectItem item : unit.collectItems()) {
      String energy = item.energyTypeCode();
      if (item.scope() == CollectItemPlan.SCOPE_PROCESS) {
        processDailyByCode.put(item.dataCode().substring(0, 2), item);
      } else if (item.dataUsageCode().equals(CollectItemPlan.PURCHASE)) {
        purchaseByEnergy.put(energy, item);
      } else if (item.statType() == StatType.DAY.code()) {
        dailyByEnergy.put(energy, item);
      } else if (item.statType() == StatType.MONTH.code()) {
        monthlyByEnergy.put(energy, item);
      } else if (item.statType() == StatType.REALTIME.code()) {
        realtimeElectricity = item;
      }
    }
  }

  static LocalDate firstDay(LocalDate today) {
    return today.withDayOfMonth(1).minusMonths(HISTORY_MONTHS);
  }

  /** Hands the unit's readings to the sink, one month per batch, then the 15-minute values. */
  void forEachBatch(long unitId, Consumer<List<ReadingPoint>> sink) {
    Random random = new Random(unit.readingSeed());
    LocalDate first = firstDay(today);
    LocalDate end = unit.silentFrom() == null ? today : unit.silentFrom();
    // continuous processes barely notice weekends; finishing mills do
    double weekendLoad = 0.85 + 0.15 * random.nextDouble();
    LocalDate overhaulStart = first.plusDays(random.nextInt(380));
    LocalDate overhaulEnd = overhaulStart.plusDays(4 + random.nextInt(7));
    List<DemoEnergyShare> mix = unit.energyMix();
    Map<LocalDate, BigDecimal> recentElectricity = new HashMap<>();
    IndicatorSeries indicators = new IndicatorSeries(unit, unitId);
    YearMonth currentMonth = YearMonth.from(today);
    for (YearMonth month = YearMonth.from(first);
        !month.isAfter(currentMonth);
        month = month.plusMonths(1)) {
      List<ReadingPoint> batch = new ArrayList<>();
      BigDecimal[] monthSums = new BigDecimal[mix.size()];
      Arrays.fill(monthSums, BigDecimal.ZERO.setScale(SCALE));
      for (LocalDate day = month.atDay(1);
          !day.isAfter(month.atEndOfMonth()) && day.isBefore(end);
          day = day.plusDays(1)) {
        double load = isWeekend(day) ? weekendLoad : 1.0;
        if (!day.isBefore(overhaulStart) && day.isBefore(overhaulEnd)) {
          load *= OVERHAUL_LOAD;
        }
        Instant statDate = StatType.startOfDay(day).toInstant();
        BigDecimal[] dayValues = new BigDecimal[mix.size()];
        for (int e = 0; e < mix.size(); e++) {
          DemoEnergyShare share = mix.get(e);
          double typical = CollectItemPlan.typicalDaily(unit.annualTce(), share);
          double amount =
              typical
                  * seasonal(unit.industryCode(), share.energyType().code(), day)
                  * load
                  * (1 + noise(random, 0.05));
          BigDecimal value = BigDecimal.valueOf(amount).setScale(SCALE, RoundingMode.HALF_UP);
          dayValues[e] = value;
          DemoCollectItem item = dailyByEnergy.get(share.energyType().code());
          batch.add(point(unitId, item, statDate, value));
          monthSums[e] = monthSums[e].add(value);
          if (share.energyType().isElectricity()) {
            addProcessSplit(unitId, statDate, value, random, batch);
            if (!day.isBefore(today.minusDays(REALTIME_DAYS))) {
              recentElectricity.put(day, value);
            }
          }
        }
        indicators.day(day, statDate, mix, dayValues, batch);
      }
      boolean complete = month.isBefore(currentMonth) && month.atEndOfMonth().isBefore(end);
      Instant monthStart = StatType.startOfDay(month.atDay(1)).toInstant();
      if (complete) {
        for (int e = 0; e < mix.size(); e++) {
          String energy = mix.get(e).energyType().code();
          batch.add(point(unitId, monthlyByEnergy.get(energy), monthStart, monthSums[e]));
          DemoCollectItem purchase = purchaseByEnergy.get(energy);
          if (purchase != null) {
            // deliveries follow the stockyard, not the day's burn: ±15 % of the month's use
            BigDecimal bought =
                monthSums[e]
                    .multiply(BigDecimal.valueOf(1 + noise(random, 0.075)))
                    .setScale(SCALE, RoundingMode.HALF_UP);
            batch.add(point(unitId, purchase, monthStart, bought));
          }
        }
      }
      indicators.endOfMonth(monthStart, complete, mix, monthSums, batch);
      sink.accept(batch);
    }
    if (realtimeElectricity != null && !recentElectricity.isEmpty()) {
      List<ReadingPoint> batch = new ArrayList<>();
      for (LocalDate day = today.minusDays(REALTIME_DAYS);
          day.isBefore(end);
          day = day.plusDays(1)) {
        BigDecimal daily = recentElectricity.get(day);
        if (daily != null) {
          addQuarterHours(unitId, day, daily, random, batch);
        }
      }
      sink.accept(batch);
    }
  }

  /**
   * Process values are rounded down from shares that stay below 1, so the processes never add up to
   * more than the plant.
   */
  private void addProcessSplit(
      long unitId,
      Instant statDate,
      BigDecimal plantValue,
      Random random,
      List<ReadingPoint> batch) {
    for (DemoUnit.DemoProcess process : unit.processes()) {
      DemoCollectItem item = processDailyByCode.get(process.code());
      double share = process.electricityShare() * (1 + noise(random, 0.03));
      BigDecimal value =
          plantValue.multiply(BigDecimal.valueOf(share)).setScale(SCALE, RoundingMode.DOWN);
      batch.add(point(unitId, item, statDate, value));
    }
  }

  /**
   * 96 values in the shape of a working day; each of the first 95 is rounded down, so the last slot
   * (the day's value minus the others) is never negative and the sum is exactly the day's value.
   */
  private void addQuarterHours(
      long unitId, LocalDate day, BigDecimal daily, Random random, List<ReadingPoint> batch) {
    double[] weights = new double[SLOTS_PER_DAY];
    double total = 0;
    for (int slot = 0; slot < SLOTS_PER_DAY; slot++) {
      weights[slot] =
          1 + 0.12 * Math.sin(2 * Math.PI * (slot - 32) / SLOTS_PER_DAY) + noise(random, 0.04);
      total += weights[slot];
    }
    Instant midnight = StatType.startOfDay(day).toInstant();
    BigDecimal assigned = BigDecimal.ZERO.setScale(SCALE);
    for (int slot = 0; slot < SLOTS_PER_DAY; slot++) {
      BigDecimal value;
      if (slot < SLOTS_PER_DAY - 1) {
        value =
            daily
                .multiply(BigDecimal.valueOf(weights[slot] / total))
                .setScale(SCALE, RoundingMode.DOWN);
        assigned = assigned.add(value);
      } else {
        value = daily.subtract(assigned);
      }
      batch.add(point(unitId, realtimeElectricity, midnight.plusSeconds(slot * 900L), value));
    }
  }

  /** Heat and gas peak in winter, electricity slightly in summer (cooling), the rest barely. */
  static double seasonal(String industryCode, String energyCode, LocalDate day) {
    double amplitude;
    int peakDay = 15;
    if (energyCode.equals("3200")) {
      amplitude = 0.30;
    } else if (industryCode.equals("D4412")) {
      amplitude = 0.20;
    } else if (energyCode.equals("1500")) {
      amplitude = 0.12;
    } else if (energyCode.equals(DemoEnergyType.ELECTRICITY)) {
      amplitude = 0.06;
      peakDay = 200;
    } else {
      amplitude = 0.03;
    }
    return 1 + amplitude * Math.cos(2 * Math.PI * (day.getDayOfYear() - peakDay) / 365.25);
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /** Gaussian noise of the given relative spread, cut at two spreads so values stay positive. */
  static double noise(Random random, double spread) {
    return spread * Math.max(-2, Math.min(2, random.nextGaussian()));
  }

  static ReadingPoint point(long unitId, DemoCollectItem item, Instant statDate, BigDecimal value) {
    return new ReadingPoint(
        unitId, item.dataCode(), item.statType(), statDate, value, item.inputType(), VALID);
  }
}
