package cn.nhjc.province.demo;

import cn.nhjc.province.monitoring.domain.ReadingPoint;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The reproducible demo province: a pure function of {@link DemoProvinceInput} (no container, no
 * database). The same input gives the same units and the same readings, byte for byte.
 *
 * <p>Each unit draws from its own Random, seeded from the province seed and the unit's index, so
 * adding an item to one unit's configuration does not reshuffle every unit after it.
 */
public final class DemoProvince {

  private final DemoProvinceInput input;
  private final List<DemoUnit> units;

  public DemoProvince(DemoProvinceInput input) {
    this(input, IndustryProfile.loadAll());
  }

  DemoProvince(DemoProvinceInput input, List<IndustryProfile> allProfiles) {
    this.input = input;
    List<IndustryProfile> usable = usableProfiles(input, allProfiles);
    DemoUnitFactory factory = new DemoUnitFactory(input, usable);
    List<DemoUnit> built = new ArrayList<>(input.unitCount());
    for (int index = 0; index < input.unitCount(); index++) {
      built.add(factory.build(index, new Random(unitSeed(input.seed(), index))));
    }
    this.units = List.copyOf(built);
  }

  public List<DemoUnit> units() {
    return units;
  }

  public LocalDate today() {
    return input.today();
  }

  /** The first day with readings: the first day of the month 13 months before the current one. */
  public LocalDate firstDay() {
    return ReadingSeries.firstDay(input.today());
  }

  /** The complete months that have monthly readings, oldest first. */
  public List<YearMonth> completeMonths() {
    List<YearMonth> months = new ArrayList<>();
    YearMonth current = YearMonth.from(input.today());
    for (YearMonth month = YearMonth.from(firstDay()); month.isBefore(current); ) {
      months.add(month);
      month = month.plusMonths(1);
    }
    return months;
  }

  /**
   * Streams the readings of one unit in batches of about a month (a few hundred points), stamped
   * with the unit's database id; nothing is kept after a batch is handed over.
   */
  public void forEachReadingBatch(DemoUnit unit, long unitId, Consumer<List<ReadingPoint>> sink) {
    new ReadingSeries(unit, input.today()).forEachBatch(unitId, sink);
  }

  /** Profiles whose industry is in the dictionary and which use at least one known energy. */
  private static List<IndustryProfile> usableProfiles(
      DemoProvinceInput input, List<IndustryProfile> profiles) {
    List<IndustryProfile> usable = new ArrayList<>();
    for (IndustryProfile profile : profiles) {
      boolean knownEnergy =
          profile.energyMix().stream()
              .anyMatch(entry -> input.energyTypes().containsKey(entry.energyTypeCode()));
      if (input.industryCodes().contains(profile.industryCode()) && knownEnergy) {
        usable.add(profile);
      }
    }
    if (usable.isEmpty()) {
      throw new IllegalStateException(
          "no demo industry profile matches the industry and energy-type dictionaries");
    }
    return usable;
  }

  /** SplitMix64 of seed and index: neighbouring indexes get unrelated Random streams. */
  static long unitSeed(long seed, int index) {
    long z = seed * 0x9E3779B97F4A7C15L + index + 1;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
