package cn.nhjc.province.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Makes unit names from an industry's pattern ({@code {city}} and {@code {word}} placeholders) and
 * keeps them unique within one demo province. The words are generic trade-name syllables chosen not
 * to imitate real companies.
 */
final class NameMaker {

  private static final List<String> WORDS =
      List.of(
          "恒通", "宏达", "鑫源", "永盛", "华益", "昌隆", "瑞丰", "嘉泰", "润泽", "兴旺", "富康", "德润", "广源", "金诚", "汇丰源",
          "博远", "盛世", "天宇", "顺和", "众邦", "新野", "荣昌", "振华", "长青", "海川", "晨光", "安泰", "信达", "泰和", "裕丰",
          "通达", "鸿运", "正元", "联创", "东升", "北辰", "南方", "西岭", "中原", "宝源", "华辰", "鼎盛", "旭日", "凯达", "丰茂",
          "和信", "聚能", "远景", "同心", "启明", "国泰", "中科", "宏图", "佳和", "万通", "力拓", "明德", "建元", "永丰", "立新");

  /** Generic division names that make no sense inside a company name (直辖市 districts). */
  private static final Set<String> GENERIC_DIVISIONS =
      Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

  private static final List<String> SUFFIXES =
      List.of("自治区", "自治州", "自治县", "地区", "省", "市", "盟", "县");

  private final Set<String> used = new HashSet<>();

  /**
   * A name not yet given in this province; draws again when taken, then numbers the name, so the
   * result depends only on earlier units' names, never on their item counts.
   */
  String unitName(String pattern, String cityName, Random random) {
    for (int attempt = 0; attempt < 20; attempt++) {
      String name = fill(pattern, cityName, WORDS.get(random.nextInt(WORDS.size())));
      if (used.add(name)) {
        return name;
      }
    }
    String word = WORDS.get(random.nextInt(WORDS.size()));
    for (int number = 2; ; number++) {
      String name = fill(pattern, cityName, word + number);
      if (used.add(name)) {
        return name;
      }
    }
  }

  private static String fill(String pattern, String cityName, String word) {
    return pattern.replace("{city}", cityName).replace("{word}", word);
  }

  /** The short form used in company names: 石家庄市 → 石家庄; generic names are replaced. */
  static String shortPlaceName(String officialName, String fallback) {
    if (officialName == null || GENERIC_DIVISIONS.contains(officialName)) {
      return shortPlaceName(fallback, "");
    }
    for (String suffix : SUFFIXES) {
      if (officialName.length() > suffix.length() + 1 && officialName.endsWith(suffix)) {
        return officialName.substring(0, officialName.length() - suffix.length());
      }
    }
    return officialName;
  }
}
