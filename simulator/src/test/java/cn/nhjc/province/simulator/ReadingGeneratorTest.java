package cn.nhjc.province.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingGeneratorTest {

  private static final String POWER = "00-00-0000-023300-11";
  private static final String COAL = "00-00-0000-010104-10";
  private static final LocalDateTime LATER = LocalDateTime.of(2030, 1, 1, 0, 0);

  private static CollectItem item(String code, int statType, long max) {
    return new CollectItem(code, statType, BigDecimal.ZERO, BigDecimal.valueOf(max), "4", "1");
  }

  private final ReadingGenerator generator =
      new ReadingGenerator(
          "91130271170000011R",
          List.of(
              item(POWER, CollectItem.REALTIME, 2_000),
              item(POWER, CollectItem.DAILY, 200_000),
              item(POWER, CollectItem.MONTHLY, 6_000_000),
              item(POWER, CollectItem.YEARLY, 70_000_000),
              item(COAL, CollectItem.DAILY, 500),
              item(COAL, CollectItem.MONTHLY, 15_000)));

  @Test
  void aDailyValueIsTheSumOfThatDaysQuarterHours() {
    LocalDate day = LocalDate.of(2025, 3, 8);
    BigDecimal sum =
        generator.realtime(day.atStartOfDay(), day.plusDays(1).atStartOfDay(), LATER).stream()
            .map(Reading::value)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(sum, value(generator.daily(day, LATER), POWER));
    assertEquals(
        96, generator.realtime(day.atStartOfDay(), day.plusDays(1).atStartOfDay(), LATER).size());
  }

  @Test
  void aMonthlyValueIsTheSumOfTheDailyValues() {
    YearMonth month = YearMonth.of(2024, 2);
    for (String code : List.of(POWER, COAL)) {
      BigDecimal sum = BigDecimal.ZERO;
      for (int d = 1; d <= month.lengthOfMonth(); d++) {
        sum = sum.add(value(generator.daily(month.atDay(d), LATER), code));
      }
      assertEquals(sum, value(generator.monthly(month, LATER), code), code);
    }
  }

  @Test
  void aYearlyValueIsTheSumOfTheMonthlyValues() {
    BigDecimal sum = BigDecimal.ZERO;
    for (int m = 1; m <= 12; m++) {
      sum = sum.add(value(generator.monthly(YearMonth.of(2024, m), LATER), POWER));
    }
    assertEquals(sum, value(generator.yearly(Year.of(2024), LATER), POWER));
  }

  @Test
  void everyStatDateStartsItsPeriod() {
    List<Reading> all = new ArrayList<>();
    all.addAll(
        generator.realtime(
            LocalDateTime.of(2025, 3, 8, 10, 7), LocalDateTime.of(2025, 3, 8, 13, 0), LATER));
    all.addAll(generator.daily(LocalDate.of(2025, 3, 8), LATER));
    all.addAll(generator.monthly(YearMonth.of(2025, 3), LATER));
    all.addAll(generator.yearly(Year.of(2025), LATER));
    for (Reading r : all) {
      assertTrue(Periods.aligned(r.statType(), r.statDate()), r.toString());
    }
    // a range starting mid-slot begins with the next whole slot
    assertEquals(
        LocalDateTime.of(2025, 3, 8, 10, 15),
        generator
            .realtime(
                LocalDateTime.of(2025, 3, 8, 10, 7), LocalDateTime.of(2025, 3, 8, 11, 0), LATER)
            .get(0)
            .statDate());
  }

  @Test
  void nothingIsProducedForAPeriodThatHasNotEnded() {
    LocalDateTime now = LocalDateTime.of(2025, 3, 8, 10, 20);
    assertTrue(generator.daily(now.toLocalDate(), now).isEmpty());
    assertTrue(generator.monthly(YearMonth.from(now), now).isEmpty());
    assertTrue(generator.yearly(Year.from(now), now).isEmpty());
    List<Reading> hour =
        generator.realtime(
            LocalDateTime.of(2025, 3, 8, 10, 0), LocalDateTime.of(2025, 3, 8, 11, 0), now);
    assertEquals(1, hour.size(), "only the 10:00 slot has ended at 10:20");
    assertEquals(
        1,
        generator.daily(now.toLocalDate().minusDays(1), now).stream()
            .filter(r -> r.dataCode().equals(POWER))
            .count());
    assertEquals(
        2, generator.monthly(YearMonth.of(2025, 2), LocalDateTime.of(2025, 3, 1, 0, 0)).size());
  }

  @Test
  void generatedValuesAreNeverNegativeAndSitAroundHalfTheMaximum() {
    LocalDate first = LocalDate.of(2025, 1, 1);
    double shareSum = 0;
    int count = 0;
    for (int d = 0; d < 28; d++) {
      LocalDate day = first.plusDays(d);
      for (Reading r :
          generator.realtime(day.atStartOfDay(), day.plusDays(1).atStartOfDay(), LATER)) {
        double share = r.value().doubleValue() / 2_000;
        assertTrue(share >= 0 && share <= 1, r.toString());
        shareSum += share;
        count++;
      }
      double coal = value(generator.daily(day, LATER), COAL).doubleValue() / 500;
      assertTrue(coal >= 0 && coal <= 1, "coal " + coal);
      assertEquals(3, value(generator.daily(day, LATER), COAL).scale());
    }
    double mean = shareSum / count;
    assertTrue(mean > 0.4 && mean < 0.6, "mean share " + mean);
  }

  @Test
  void theSamePeriodAlwaysYieldsTheSameValue() {
    LocalDate day = LocalDate.of(2025, 6, 1);
    ReadingGenerator again =
        new ReadingGenerator("91130271170000011R", List.of(item(COAL, CollectItem.DAILY, 500)));
    assertEquals(value(generator.daily(day, LATER), COAL), value(again.daily(day, LATER), COAL));
  }

  private static BigDecimal value(List<Reading> readings, String dataCode) {
    return readings.stream()
        .filter(r -> r.dataCode().equals(dataCode))
        .map(Reading::value)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no value for " + dataCode));
  }
}
