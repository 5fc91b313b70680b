package cn.nhjc.province.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the demo generator needs from the platform's dictionaries, so that it stays a pure
 * function of its input.
 *
 * @param cities the province's cities, each with its county-level region codes
 * @param industryCodes the industry classes present in the industry dictionary
 * @param energyTypes the energy types by code, with unit and coefficient in force
 * @param today the current day in the calendar zone; history ends the day before
 */
public record DemoProvinceInput(
    long seed,
    int unitCount,
    List<DemoCity> cities,
    Set<String> industryCodes,
    Map<String, DemoEnergyType> energyTypes,
    LocalDate today) {

  public DemoProvinceInput {
    if (cities.isEmpty()) {
      throw new IllegalArgumentException("the province has no city with county-level regions");
    }
    if (unitCount < 1) {
      throw new IllegalArgumentException("unit count must be positive: " + unitCount);
    }
    cities = List.copyOf(cities);
    industryCodes = Set.copyOf(industryCodes);
    energyTypes = Map.copyOf(energyTypes);
  }
}
