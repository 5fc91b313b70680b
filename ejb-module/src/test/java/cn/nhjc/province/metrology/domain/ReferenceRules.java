package cn.nhjc.province.metrology.domain;

import cn.nhjc.province.platform.persistence.Csv;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** The GB 17167 rules read from the reference files that V28 loads, for the tests. */
final class ReferenceRules {
  private ReferenceRules() {}

  static GbRules load() {
    Map<String, String> categoryOf = new HashMap<>();
    for (Map<String, String> row : Csv.readResource("db/reference/gb17167_energy_types.csv")) {
      if (!row.get("category").isBlank()) {
        categoryOf.put(row.get("energyTypeCode"), row.get("category"));
      }
    }
    Map<String, String> names = new HashMap<>();
    for (Map<String, String> row : Csv.readResource("db/reference/gb17167_categories.csv")) {
      names.put(row.get("code"), row.get("name"));
    }
    Map<String, GbRules.RateRule> rates = new HashMap<>();
    for (Map<String, String> row :
        Csv.readResource("db/reference/gb17167_configuration_rates.csv")) {
      int level = Integer.parseInt(row.get("level"));
      rates.put(
          GbRules.rateKey(row.get("category"), level),
          new GbRules.RateRule(
              row.get("category"),
              level,
              new BigDecimal(row.get("requiredRate")),
              row.get("source")));
    }
    Map<String, GbRules.AccuracyRule> accuracy = new HashMap<>();
    for (Map<String, String> row : Csv.readResource("db/reference/gb17167_accuracy.csv")) {
      int level = Integer.parseInt(row.get("level"));
      accuracy.put(
          GbRules.accuracyKey(row.get("meterKind"), row.get("category"), level),
          new GbRules.AccuracyRule(
              row.get("meterKind"),
              row.get("category"),
              level,
              AccuracyClass.parse(row.get("requiredClass")),
              row.get("source")));
    }
    return new GbRules(categoryOf, names, rates, accuracy);
  }
}
