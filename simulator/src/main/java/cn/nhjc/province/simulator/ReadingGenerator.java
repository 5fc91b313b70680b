package cn.nhjc.province.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Produces one unit's values, self-consistent across periods: a daily value is the sum of that
 * day's 15-minute values when the same dataCode is also collected in real time, a monthly value the
 * sum of the daily values, a yearly value the sum of the monthly values. Values that have nothing
 * to add up are generated around half of the item's maximum.
 *
 * <p>Every method takes the current (simulated) time and yields nothing for a period that has not
 * ended yet: a device cannot report a day before it is over.
 */
public final class ReadingGenerator {

  static final int SCALE = 3;
  private static final double TYPICAL_SHARE_OF_MAX = 0.5;

  private final String unit;
  private final List<CollectItem> items;

  public ReadingGenerator(String creditCode, List<CollectItem> items) {
    this.unit = creditCode;
    this.items = List.copyOf(items);
  }

  /** The 15-minute values of every realtime item for the slots in [from, to). */
  public List<Reading> realtime(LocalDateTime from, LocalDateTime to, LocalDateTime now) {
    List<Reading> readings = new ArrayList<>();
    LocalDateTime slot = Periods.quarterStart(from);
    if (slot.isBefore(from)) {
      slot = slot.plusMinutes(15);
    }
    for (; slot.isBefore(to) && !slot.plusMinutes(15).isAfter(now); slot = slot.plusMinutes(15)) {
      for (CollectItem item : items) {
        if (item.statType() == CollectItem.REALTIME) {
          readings.add(reading(item, slot, quarterValue(item, slot)));
        }
      }
    }
    return readings;
  }

  /** The values of the daily items for {@code day}. */
  public List<Reading> daily(LocalDate day, LocalDateTime now) {
    if (day.plusDays(1).atStartOfDay().isAfter(now)) {
      return List.of();
    }
    return ofType(CollectItem.DAILY, day.atStartOfDay(), item -> dailyValue(item, day));
  }

  /** The values of the monthly items for {@code month}. */
  public List<Reading> monthly(YearMonth month, LocalDateTime now) {
    if (month.plusMonths(1).atDay(1).atStartOfDay().isAfter(now)) {
      return List.of();
    }
    return ofType(CollectItem.MONTHLY, month.atDay(1).atStartOfDay(), i -> monthlyValue(i, month));
  }

  /** The values of the yearly items for {@code year}. */
  public List<Reading> yearly(Year year, LocalDateTime now) {
    if (year.plusYears(1).atDay(1).atStartOfDay().isAfter(now)) {
      return List.of();
    }
    return ofType(CollectItem.YEARLY, year.atDay(1).atStartOfDay(), i -> yearlyValue(i, year));
  }

  private List<Reading> ofType(
      int statType, LocalDateTime statDate, Function<CollectItem, BigDecimal> v) {
    List<Reading> readings = new ArrayList<>();
    for (CollectItem item : items) {
      if (item.statType() == statType) {
        readings.add(reading(item, statDate, v.apply(item)));
      }
    }
    return readings;
  }

  BigDecimal quarterValue(CollectItem item, LocalDateTime slot) {
    return sized(item, LoadShape.quarterHour(unit, item.dataCode(), slot));
  }

  BigDecimal dailyValue(CollectItem item, LocalDate day) {
    Optional<CollectItem> realtime = sibling(item, CollectItem.REALTIME);
    if (realtime.isEmpty()) {
      return sized(item, LoadShape.day(unit, item.dataCode(), day));
    }
    BigDecimal sum = BigDecimal.ZERO.setScale(SCALE);
    for (LocalDateTime slot = day.atStartOfDay();
        slot.isBefore(day.plusDays(1).atStartOfDay());
        slot = slot.plusMinutes(15)) {
      sum = sum.add(quarterValue(realtime.get(), slot));
    }
    return sum;
  }

  BigDecimal monthlyValue(CollectItem item, YearMonth month) {
    Optional<CollectItem> daily = sibling(item, CollectItem.DAILY);
    if (daily.isEmpty()) {
      return sized(item, LoadShape.period(unit, item.dataCode(), month.toString()));
    }
    BigDecimal sum = BigDecimal.ZERO.setScale(SCALE);
    for (int d = 1; d <= month.lengthOfMonth(); d++) {
      sum = sum.add(dailyValue(daily.get(), month.atDay(d)));
    }
    return sum;
  }

  BigDecimal yearlyValue(CollectItem item, Year year) {
    Optional<CollectItem> monthly = sibling(item, CollectItem.MONTHLY);
    if (monthly.isEmpty()) {
      return sized(item, LoadShape.period(unit, item.dataCode(), year.toString()));
    }
    BigDecimal sum = BigDecimal.ZERO.setScale(SCALE);
    for (int m = 1; m <= 12; m++) {
      sum = sum.add(monthlyValue(monthly.get(), year.atMonth(m)));
    }
    return sum;
  }

  private Optional<CollectItem> sibling(CollectItem item, int statType) {
    return items.stream()
        .filter(i -> i.statType() == statType && i.dataCode().equals(item.dataCode()))
        .findFirst();
  }

  // Rounded per value, so that sums of rounded values are exact and match what was sent.
  private BigDecimal sized(CollectItem item, double shape) {
    double value =
        item.valueMax().doubleValue()
            * TYPICAL_SHARE_OF_MAX
            * LoadShape.unitScale(unit, item.dataCode())
            * shape;
    return BigDecimal.valueOf(Math.max(0, value)).setScale(SCALE, RoundingMode.HALF_UP);
  }

  private static Reading reading(CollectItem item, LocalDateTime statDate, BigDecimal value) {
    return new Reading(
        item.dataCode(), item.statType(), statDate, value, item.inputType(), item.scope());
  }
}
