package cn.nhjc.province.demo;

import cn.nhjc.province.platform.persistence.Csv;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A product whose output a demo unit reports (energy class 04, dictionary 10), with the unit
 * consumption limit standard its plants are measured against. Demo data, read from {@value
 * #RESOURCE}.
 *
 * @param productCode the PPPP of the dataCode {@code 00-00-0000-04PPPP-00}
 * @param basis what one unit of product consumes: {@link Basis#KGCE} comprehensive consumption in
 *     kgce, {@link Basis#GCE} the same in grams (power supplied), {@link Basis#KWH} electricity
 *     only (aluminium)
 * @param grades grade 1, 2 and 3 of the standard in {@code standardUnit}; empty when the product
 *     has none
 * @param low the lowest unit consumption a demo plant has (the best grade-1 plant, or the bottom of
 *     the range when there are no grades)
 * @param high the highest (the worst plant above the grade-3 limit, or the top of the range)
 */
public record DemoProduct(
    String productCode,
    String name,
    String itemName,
    String unit,
    Basis basis,
    String standardUnit,
    List<Double> grades,
    double low,
    double high) {

  public static final String RESOURCE = "demo/products.csv";

  public enum Basis {
    KGCE,
    GCE,
    KWH
  }

  public DemoProduct {
    grades = List.copyOf(grades);
    boolean graded = !grades.isEmpty();
    boolean ordered =
        !graded
            || (grades.size() == 3
                && grades.get(0) <= grades.get(1)
                && grades.get(1) <= grades.get(2));
    double best = graded ? grades.get(0) : high;
    double limit = graded ? grades.get(2) : low;
    if (!(low > 0 && low < high && ordered && low <= best && limit <= high)) {
      throw new IllegalArgumentException("bad unit consumption range for product " + productCode);
    }
  }

  public boolean graded() {
    return !grades.isEmpty();
  }

  public static Map<String, DemoProduct> loadAll() {
    Map<String, DemoProduct> products = new LinkedHashMap<>();
    for (Map<String, String> row : Csv.readResource(RESOURCE)) {
      DemoProduct product = fromRow(row);
      products.put(product.productCode(), product);
    }
    return Map.copyOf(products);
  }

  static DemoProduct fromRow(Map<String, String> row) {
    String grade1 = row.get("grade1").trim();
    List<Double> grades =
        grade1.isEmpty()
            ? List.of()
            : List.of(
                Double.parseDouble(grade1),
                Double.parseDouble(row.get("grade2").trim()),
                Double.parseDouble(row.get("grade3").trim()));
    String code = row.get("productCode").trim();
    if (!code.matches("\\d{4}")) {
      throw new IllegalArgumentException("product code must be four digits: " + code);
    }
    return new DemoProduct(
        code,
        row.get("name").trim(),
        row.get("itemName").trim(),
        row.get("unit").trim(),
        Basis.valueOf(row.get("basis").trim().toUpperCase(Locale.ROOT)),
        row.get("standardUnit").trim(),
        grades,
        Double.parseDouble(row.get("low").trim()),
        Double.parseDouble(row.get("high").trim()));
  }
}
