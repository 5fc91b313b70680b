package cn.nhjc.province.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.monitoring.domain.ReadingPoint;
import cn.nhjc.province.monitoring.domain.StatType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The non-energy items of the demo province: value added, product output, heat sent out. */
class DemoIndicatorsTest {

  private static final long SEED = 20261128L;
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
  private static final DemoProvince PROVINCE = DemoProvinceFixtures.province(SEED, 320, TODAY);

  private static final String OUTPUT_VALUE = "00-00-0000-090001-00";
  private static final String VALUE_ADDED = "00-00-0000-090002-00";
  private static final String HEAT_SENT_OUT = "00-00-0000-023200-30";

  /** Industry → product code, as the profiles say (absent: no product). */
  private static final Map<String, String> PRODUCTS =
      Map.of(
          "C3011", "0001",
          "C2521", "0006",
          "C3041", "0007",
          "C2621", "0008",
          "C3216", "0012",
          "D4411", "0011",
          "C3120", "0013");

  @Test
  void every_unit_has_the_economic_items_and_products_and_heat_exactly_where_due() {
    Set<String> industries = new TreeSet<>();
    for (DemoUnit unit : PROVINCE.units()) {
      Map<String, DemoCollectItem> items = DemoProvinceFixtures.itemsByKey(unit);
      for (String code : List.of(OUTPUT_VALUE, VALUE_ADDED)) {
        DemoCollectItem item = items.get(code + "/2");
        assertTrue(item != null, unit.name() + " lacks " + code);
        assertItem(item, "09", "00", 1);
        assertNull(items.get(code + "/1"));
      }
      assertEquals("全厂工业总产值（月）", items.get(OUTPUT_VALUE + "/2").name());
      assertEquals("全厂工业增加值（月）", items.get(VALUE_ADDED + "/2").name());
      List<DemoCollectItem> products =
          unit.collectItems().stream().filter(i -> i.energyClassCode().equals("04")).toList();
      String product = PRODUCTS.get(unit.industryCode());
      if (product == null) {
        assertTrue(products.isEmpty(), unit.name());
      } else {
        String code = "00-00-0000-04" + product + "-00";
        assertEquals(2, products.size(), unit.name());
        assertItem(items.get(code + "/1"), "04", "00", 4);
        assertItem(items.get(code + "/2"), "04", "00", 1);
        assertTrue(items.get(code + "/1").name().endsWith("（日）"));
        assertTrue(items.get(code + "/2").name().endsWith("（月）"));
        industries.add(unit.industryCode());
      }
      boolean chp = unit.industryCode().equals("D4412");
      assertEquals(chp, items.containsKey(HEAT_SENT_OUT + "/1"), unit.name());
      assertEquals(chp, items.containsKey(HEAT_SENT_OUT + "/2"), unit.name());
      if (chp) {
        assertItem(items.get(HEAT_SENT_OUT + "/1"), "02", "30", 4);
        assertItem(items.get(HEAT_SENT_OUT + "/2"), "02", "30", 1);
        assertEquals("全厂热力输出量（日）", items.get(HEAT_SENT_OUT + "/1").name());
        assertEquals("3200", items.get(HEAT_SENT_OUT + "/1").energyTypeCode());
      }
    }
    assertEquals(PRODUCTS.keySet(), industries);
    assertEquals(
        "水泥熟料产量（日）",
        PROVINCE.units().stream()
            .filter(unit -> unit.industryCode().equals("C3011"))
            .findFirst()
            .map(unit -> DemoProvinceFixtures.itemsByKey(unit).get("00-00-0000-040001-00/1").name())
            .orElseThrow());
  }

  @Test
  void monthly_output_and_heat_are_the_sum_of_the_days_and_economic_values_need_a_complete_month() {
    int checked = 0;
    for (DemoUnit unit : PROVINCE.units()) {
      if (unit.indicators().product() == null && unit.indicators().heat() == null && checked > 0) {
        continue;
      }
      Map<String, BigDecimal> dailySums = new HashMap<>();
      Map<String, BigDecimal> monthly = new HashMap<>();
      Set<YearMonth> energyMonths = new TreeSet<>();
      Set<YearMonth> economicMonths = new TreeSet<>();
      for (ReadingPoint point : DemoProvinceFixtures.readings(PROVINCE, unit)) {
        YearMonth month = YearMonth.from(point.statDate().atZone(StatType.CALENDAR_ZONE));
        String code = point.dataCode();
        boolean summed = code.contains("-04") || code.equals(HEAT_SENT_OUT);
        if (point.statType() == StatType.DAY.code() && summed) {
          dailySums.merge(code + "@" + month, point.value(), BigDecimal::add);
        } else if (point.statType() == StatType.MONTH.code()) {
          if (summed) {
            monthly.put(code + "@" + month, point.value());
          } else if (code.equals(VALUE_ADDED)) {
            assertTrue(economicMonths.add(month), "one value added per month");
          } else if (code.endsWith("-11")) {
            energyMonths.add(month);
          }
        }
      }
      assertEquals(energyMonths, economicMonths, unit.name());
      assertFalse(economicMonths.contains(YearMonth.from(TODAY)));
      if (unit.silentFrom() == null) {
        assertEquals(13, economicMonths.size());
      }
      int summedItems = unit.indicators().product() == null ? 0 : 1;
      summedItems += unit.indicators().heat() == null ? 0 : 1;
      assertEquals(summedItems * economicMonths.size(), monthly.size(), unit.name());
      monthly.forEach((key, value) -> assertEquals(dailySums.get(key), value, key));
      checked++;
    }
    assertTrue(checked > 100, "checked " + checked);
  }

  @Test
  void every_value_lies_within_its_item_limits() {
    for (DemoUnit unit : PROVINCE.units()) {
      Map<String, DemoCollectItem> items = DemoProvinceFixtures.itemsByKey(unit);
      PROVINCE.forEachReadingBatch(
          unit, 1, batch -> batch.forEach(point -> assertWithinLimits(items, point)));
    }
  }

  @Test
  void the_same_seed_gives_the_same_indicators_and_another_seed_others() {
    DemoProvince again = DemoProvinceFixtures.province(SEED, 320, TODAY);
    DemoProvince other = DemoProvinceFixtures.province(SEED + 1, 320, TODAY);
    for (int index : List.of(0, 41, 160, 319)) {
      DemoUnit unit = PROVINCE.units().get(index);
      assertEquals(unit.indicators(), again.units().get(index).indicators());
      assertEquals(indicatorReadings(PROVINCE, unit), indicatorReadings(again, unit));
      assertNotEquals(
          indicatorReadings(PROVINCE, unit), indicatorReadings(other, other.units().get(index)));
    }
  }

  @Test
  void profiles_name_only_known_products_and_products_keep_their_grades_in_order() {
    Map<String, String> row = new HashMap<>();
    row.put("industryCode", "C3011");
    row.put("share", "0.1");
    row.put("minTce", "100");
    row.put("maxTce", "200");
    row.put("energyMix", "0104:1");
    row.put("processes", "01:熟料烧成");
    row.put("namePattern", "{city}{word}水泥有限公司");
    row.put("intensityPerValueAdded", "4");
    row.put("outputValueRatio", "3.2");
    row.put("product", "9999");
    Map<String, DemoProduct> products = DemoProduct.loadAll();
    assertThrows(IllegalArgumentException.class, () -> IndustryProfile.fromRow(row, products));
    row.put("product", "");
    assertNull(IndustryProfile.fromRow(row, products).product());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new DemoProduct(
                "0001",
                "水泥熟料",
                "水泥熟料产量",
                "t",
                DemoProduct.Basis.KGCE,
                "kgce/t",
                List.of(107.0, 100.0, 117.0),
                94,
                125));
    assertEquals(List.of(100.0, 107.0, 117.0), products.get("0001").grades());
    assertTrue(products.get("0013").grades().isEmpty());
  }

  private static void assertItem(
      DemoCollectItem item, String energyClass, String usage, int input) {
    assertTrue(item != null);
    assertEquals(energyClass, item.energyClassCode());
    assertEquals(usage, item.dataUsageCode());
    assertEquals(input, item.inputType());
    assertEquals(1, item.scope());
    assertEquals(DemoStructureNode.PLANT_KEY, item.structureKey());
    assertEquals(0, item.valueMin().signum());
    assertTrue(item.valueMax().signum() > 0);
    assertEquals(item.dataCode().substring(11, 13), energyClass);
  }

  private static void assertWithinLimits(Map<String, DemoCollectItem> items, ReadingPoint point) {
    DemoCollectItem item = items.get(point.dataCode() + "/" + point.statType());
    assertTrue(item != null, point::toString);
    assertEquals(item.inputType(), point.inputType());
    assertTrue(point.value().compareTo(item.valueMin()) >= 0, point::toString);
    assertTrue(
        point.value().compareTo(item.valueMax()) <= 0, () -> point + " > " + item.valueMax());
  }

  private static List<ReadingPoint> indicatorReadings(DemoProvince province, DemoUnit unit) {
    return DemoProvinceFixtures.readings(province, unit).stream()
        .filter(point -> point.dataCode().endsWith("-00") || point.dataCode().endsWith("-30"))
        .toList();
  }
}
