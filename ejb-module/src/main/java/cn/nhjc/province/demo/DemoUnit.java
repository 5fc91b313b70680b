package cn.nhjc.province.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One generated key energy-consuming unit with its configuration. Readings are not held here: they
 * are streamed by {@link DemoProvince#forEachReadingBatch} from {@link #readingSeed()}.
 *
 * @param index position in the demo province, the seed of everything about the unit
 * @param latitude null: the demo has no map data to place plants on
 * @param silentFrom the first day the unit sends nothing (a broken link), or null
 * @param indicators what the unit reports besides energy (value added, output, heat sent out)
 */
public record DemoUnit(
    int index,
    String creditCode,
    String name,
    String regionCode,
    String cityCode,
    String industryCode,
    String economicTypeCode,
    BigDecimal annualTce,
    BigDecimal latitude,
    BigDecimal longitude,
    List<DemoEnergyShare> energyMix,
    List<DemoProcess> processes,
    List<DemoStructureNode> structure,
    List<DemoCollectItem> collectItems,
    List<DemoMeter> meters,
    LocalDate silentFrom,
    long readingSeed,
    DemoIndicators indicators) {

  /** A production process (scope 2) and its share of the plant's electricity. */
  public record DemoProcess(String code, String name, double electricityShare) {}

  public DemoUnit {
    energyMix = List.copyOf(energyMix);
    processes = List.copyOf(processes);
    structure = List.copyOf(structure);
    collectItems = List.copyOf(collectItems);
    meters = List.copyOf(meters);
  }
}
