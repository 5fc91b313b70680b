package cn.nhjc.province.demo;

import cn.nhjc.province.platform.persistence.Csv;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How key units of one industry class look in the demo: how common they are, their size range,
 * energy mix and processes, how much value they add per tce and what they make. Demo data, read
 * from {@value #RESOURCE} (products from {@value DemoProduct#RESOURCE}).
 *
 * @param intensityPerValueAdded tce consumed per 万元 of industrial value added
 * @param outputValueRatio industrial output value over value added
 * @param product the product whose output the industry's units report, or null
 */
public record IndustryProfile(
    String industryCode,
    double share,
    long minTce,
    long maxTce,
    List<MixEntry> energyMix,
    List<ProcessEntry> processes,
    String namePattern,
    double intensityPerValueAdded,
    double outputValueRatio,
    DemoProduct product) {

  public static final String RESOURCE = "demo/industry-profiles.csv";

  public record MixEntry(String energyTypeCode, double tceShare) {}

  public record ProcessEntry(String code, String name) {}

  public static List<IndustryProfile> loadAll() {
    Map<String, DemoProduct> products = DemoProduct.loadAll();
    List<IndustryProfile> profiles = new ArrayList<>();
    for (Map<String, String> row : Csv.readResource(RESOURCE)) {
      profiles.add(fromRow(row, products));
    }
    return List.copyOf(profiles);
  }

  static IndustryProfile fromRow(Map<String, String> row, Map<String, DemoProduct> products) {
    String industryCode = row.get("industryCode").trim();
    List<MixEntry> mix = new ArrayList<>();
    for (String[] pair : pairs(row.get("energyMix"))) {
      mix.add(new MixEntry(pair[0], Double.parseDouble(pair[1])));
    }
    List<ProcessEntry> processes = new ArrayList<>();
    for (String[] pair : pairs(row.get("processes"))) {
      processes.add(new ProcessEntry(pair[0], pair[1]));
    }
    long minTce = Long.parseLong(row.get("minTce").trim());
    long maxTce = Long.parseLong(row.get("maxTce").trim());
    if (minTce <= 0 || maxTce < minTce) {
      throw new IllegalArgumentException("bad size range for " + industryCode);
    }
    double intensity = Double.parseDouble(row.get("intensityPerValueAdded").trim());
    double outputRatio = Double.parseDouble(row.get("outputValueRatio").trim());
    if (intensity <= 0 || outputRatio < 1) {
      throw new IllegalArgumentException("bad value-added figures for " + industryCode);
    }
    String productCode = row.get("product").trim();
    DemoProduct product = productCode.isEmpty() ? null : products.get(productCode);
    if (!productCode.isEmpty() && product == null) {
      throw new IllegalArgumentException(
          "unknown product " + productCode + " for " + industryCode + " in " + RESOURCE);
    }
    return new IndustryProfile(
        industryCode,
        Double.parseDouble(row.get("share").trim()),
        minTce,
        maxTce,
        List.copyOf(mix),
        List.copyOf(processes),
        row.get("namePattern").trim(),
        intensity,
        outputRatio,
        product);
  }

  /** Splits {@code a:b;c:d} into pairs. */
  private static List<String[]> pairs(String list) {
    List<String[]> pairs = new ArrayList<>();
    for (String entry : list.split(";")) {
      if (entry.isBlank()) {
        continue;
      }
      String[] pair = entry.trim().split(":", 2);
      if (pair.length != 2) {
        throw new IllegalArgumentException("expected code:value, got " + entry);
      }
      pairs.add(new String[] {pair[0].trim(), pair[1].trim()});
    }
    return pairs;
  }
}
