package cn.nhjc.province.efficiency.application;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Names and units of the efficiency indicators, from the reference data: the limit standards, the
 * products (dictionary 10) and the economic indicators (dictionary 12).
 */
final class IndicatorCatalogue {

  /** A limit standard with its grade values. */
  record Standard(
      String code,
      String productName,
      String standard,
      String indicator,
      String unit,
      BigDecimal advanced,
      BigDecimal access,
      BigDecimal limit,
      String productCode) {}

  /** A product or economic indicator of a dictionary. */
  record Item(String code, String name, String unit) {}

  record Meta(String name, String unit, String outputUnit, Standard standard) {}

  private final Map<String, Standard> standards;
  private final Map<String, Item> products;
  private final Map<String, Item> economic;

  IndicatorCatalogue(
      Map<String, Standard> standards, Map<String, Item> products, Map<String, Item> economic) {
    this.standards = standards;
    this.products = products;
    this.economic = economic;
  }

  Map<String, Standard> standards() {
    return standards;
  }

  boolean hasProduct(String code) {
    return products.containsKey(code);
  }

  Meta meta(String indicator, String itemCode) {
    Standard standard = standards.get(indicator);
    if (standard != null) {
      Item product = products.get(standard.productCode());
      return new Meta(
          standard.productName() + " " + standard.indicator(),
          standard.unit(),
          product == null ? null : product.unit(),
          standard);
    }
    if (indicator.startsWith(EfficiencyCalculator.PRODUCT_PREFIX)) {
      Item product = products.get(itemCode);
      String name = product == null ? itemCode : product.name();
      String unit = product == null ? "" : product.unit();
      return new Meta(name + " 单位产品综合能耗", "kgce/" + unit, unit, null);
    }
    if (indicator.equals(EfficiencyCalculator.INTENSITY_OUTPUT)
        || indicator.equals(EfficiencyCalculator.INTENSITY_VALUE_ADDED)) {
      Item item = economic.get(itemCode);
      String name = item == null ? itemCode : item.name();
      String unit = item == null ? "万元" : item.unit();
      return new Meta("单位" + name + "综合能耗", "tce/" + unit, unit, null);
    }
    return new Meta("能效指标 " + itemCode, "", null, null);
  }

  static Map<String, Item> map(Iterable<Item> items) {
    Map<String, Item> map = new HashMap<>();
    items.forEach(i -> map.put(i.code(), i));
    return map;
  }
}
