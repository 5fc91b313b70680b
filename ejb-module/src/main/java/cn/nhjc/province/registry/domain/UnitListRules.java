package cn.nhjc.province.registry.domain;

import cn.nhjc.province.platform.input.Quote;
import cn.nhjc.province.platform.security.RegionCodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a line of a key-unit list must satisfy to be taken onto the province's list. Pure: the
 * dictionaries come in as look-ups, so the rules are tested without a database. A reason quotes the
 * line's text at a bounded length ({@link Quote}).
 */
public final class UnitListRules {

  /** As wide as {@code key_unit.name}. */
  public static final int MAX_NAME_LENGTH = 128;

  public static final String DEFAULT_LEVEL = "province";

  /** Stored level by what a list may say; officials write the Chinese names as often as not. */
  private static final Map<String, String> LEVELS =
      Map.of(
          "province", "province",
          "省级", "province",
          "省", "province",
          "city", "city",
          "市级", "city",
          "市", "city",
          "national", "national",
          "国家级", "national",
          "国家", "national");

  /** GB/T 4754 sections; lists often drop the section letter of an industry code. */
  private static final String SECTIONS = "ABCDEFGHIJKLMNOPQRST";

  /** What the rules need to know of a division code. */
  public record RegionFacts(String name, String level, boolean retired, String successorCode) {}

  /** The lines to take and the lines refused, each in file order. */
  public record Outcome(List<UnitListEntry> accepted, List<Rejection> rejected) {}

  private final String provinceCode;
  private final String provincePrefix;
  private final Function<String, Optional<RegionFacts>> regions;
  private final Predicate<String> industryExists;

  /**
   * @param provinceCode the configured province ({@code 130000})
   * @param regions facts of a division code, empty if the dictionary does not have it
   * @param industryExists whether the industry dictionary has a code
   */
  public UnitListRules(
      String provinceCode,
      Function<String, Optional<RegionFacts>> regions,
      Predicate<String> industryExists) {
    this.provinceCode = provinceCode;
    this.provincePrefix = RegionCodes.prefixOf(provinceCode);
    this.regions = regions;
    this.industryExists = industryExists;
  }

  /**
   * Checks every line; a credit code seen on an earlier line refuses the later one, so a file
   * cannot say two things about one unit.
   */
  public Outcome check(List<UnitListRow> rows) {
    List<UnitListEntry> accepted = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    Map<String, Integer> firstLineOfCode = new HashMap<>();
    for (UnitListRow row : rows) {
      String creditCode = row.creditCode().toUpperCase(Locale.ROOT);
      String reason = reasonToRefuse(row, creditCode);
      if (reason == null) {
        Integer earlier = firstLineOfCode.putIfAbsent(creditCode, row.line());
        if (earlier != null) {
          reason = "统一社会信用代码 " + Quote.of(creditCode) + " 与第 " + earlier + " 行重复";
        }
      } else if (CreditCodes.isValid(creditCode)) {
        firstLineOfCode.putIfAbsent(creditCode, row.line());
      }
      if (reason == null) {
        accepted.add(
            new UnitListEntry(
                row.line(),
                creditCode,
                row.name(),
                row.regionCode(),
                resolveIndustry(row.industryCode()),
                LEVELS.get(levelKey(row.level()))));
      } else {
        rejected.add(new Rejection(row.line(), reason));
      }
    }
    return new Outcome(accepted, rejected);
  }

  /** The first rule the line breaks, in Chinese; {@code null} if it breaks none. */
  private String reasonToRefuse(UnitListRow row, String creditCode) {
    if (creditCode.isEmpty()) {
      return "统一社会信用代码为空";
    }
    if (!CreditCodes.isValid(creditCode)) {
      return "统一社会信用代码 " + Quote.of(creditCode) + " 无效（不符合 GB 32100 编码或校验码）";
    }
    if (row.name().isEmpty()) {
      return "单位名称为空";
    }
    if (row.name().codePointCount(0, row.name().length()) > MAX_NAME_LENGTH) {
      return "单位名称超过 " + MAX_NAME_LENGTH + " 个字";
    }
    String regionProblem = regionProblem(row.regionCode());
    if (regionProblem != null) {
      return regionProblem;
    }
    if (row.industryCode().isEmpty()) {
      return "行业代码为空";
    }
    if (resolveIndustry(row.industryCode()) == null) {
      return "行业代码 " + Quote.of(row.industryCode()) + " 不在国民经济行业分类（GB/T 4754-2017）字典中";
    }
    if (!LEVELS.containsKey(levelKey(row.level()))) {
      return "级别 " + Quote.of(row.level()) + " 无效，应为 province、city 或 national（省级、市级、国家级）";
    }
    return null;
  }

  private String regionProblem(String code) {
    if (code.isEmpty()) {
      return "行政区划代码为空";
    }
    if (!code.matches("\\d{6}")) {
      return "行政区划代码 " + Quote.of(code) + " 应为 6 位数字";
    }
    if (!code.startsWith(provincePrefix)) {
      return "行政区划代码 " + code + " 不属于本省（" + provinceCode + "）";
    }
    Optional<RegionFacts> facts = regions.apply(code);
    if (facts.isEmpty()) {
      return "行政区划代码 " + code + " 不存在";
    }
    RegionFacts region = facts.get();
    if (region.retired()) {
      String successor = region.successorCode();
      if (successor == null || successor.isBlank()) {
        return "行政区划代码 " + code + "（" + region.name() + "）已撤销";
      }
      String successorName = regions.apply(successor).map(RegionFacts::name).orElse("");
      return "行政区划代码 "
          + code
          + "（"
          + region.name()
          + "）已撤销，请改用 "
          + successor
          + (successorName.isEmpty() ? "" : "（" + successorName + "）");
    }
    if (!"city".equals(region.level()) && !"county".equals(region.level())) {
      return "行政区划代码 " + code + " 是省级区划，应填写单位所在的市级或县级区划";
    }
    return null;
  }

  /**
   * The industry code as the dictionary spells it: as given, or with its GB/T 4754 section letter
   * put back ({@code 2511} → {@code C2511}); {@code null} if the dictionary has neither.
   */
  private String resolveIndustry(String code) {
    String given = code.toUpperCase(Locale.ROOT);
    if (industryExists.test(given)) {
      return given;
    }
    if (given.matches("\\d{2,4}")) {
      for (char section : SECTIONS.toCharArray()) {
        if (industryExists.test(section + given)) {
          return section + given;
        }
      }
    }
    return null;
  }

  private static String levelKey(String level) {
    return level.isEmpty() ? DEFAULT_LEVEL : level.toLowerCase(Locale.ROOT);
  }
}
