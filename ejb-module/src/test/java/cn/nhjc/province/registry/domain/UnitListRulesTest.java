package cn.nhjc.province.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.registry.domain.UnitListRules.RegionFacts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnitListRulesTest {
  private static final Map<String, RegionFacts> REGIONS =
      Map.of(
          "130000", new RegionFacts("河北省", "province", false, null),
          "130100", new RegionFacts("石家庄市", "city", false, null),
          "130102", new RegionFacts("长安区", "county", false, null),
          "130171", new RegionFacts("石家庄高新技术产业开发区", "county", true, "130172"),
          "130172", new RegionFacts("石家庄高新区", "county", false, null),
          "130199", new RegionFacts("撤销的开发区", "county", true, null),
          "370676", new RegionFacts("烟台经济技术开发区", "county", false, null));
  private static final Set<String> INDUSTRIES = Set.of("C", "C25", "C251", "C2511", "D4411");

  private final UnitListRules rules =
      new UnitListRules(
          "130000", code -> Optional.ofNullable(REGIONS.get(code)), INDUSTRIES::contains);

  private static final String CODE = CreditCodes.enterpriseCode("130102", "12345678");
  private static final String OTHER_CODE = CreditCodes.enterpriseCode("130102", "87654321");

  private static UnitListRow line(int line, String creditCode, String region, String industry) {
    return new UnitListRow(line, creditCode, "某钢铁有限公司", region, industry, "");
  }

  private String reasonFor(UnitListRow row) {
    UnitListRules.Outcome outcome = rules.check(List.of(row));
    assertEquals(List.of(), outcome.accepted(), "accepted");
    assertEquals(1, outcome.rejected().size());
    assertEquals(row.line(), outcome.rejected().get(0).line());
    return outcome.rejected().get(0).reason();
  }

  private UnitListEntry accepted(UnitListRow row) {
    UnitListRules.Outcome outcome = rules.check(List.of(row));
    assertEquals(List.of(), outcome.rejected(), "rejected");
    return outcome.accepted().get(0);
  }

  @Test
  void accepts_a_valid_line_and_stores_province_level_when_the_level_is_empty() {
    UnitListEntry entry = accepted(line(2, CODE, "130102", "C2511"));
    assertEquals(new UnitListEntry(2, CODE, "某钢铁有限公司", "130102", "C2511", "province"), entry);
  }

  @Test
  void accepts_a_city_level_region() {
    assertEquals("130100", accepted(line(2, CODE, "130100", "C2511")).regionCode());
  }

  @Test
  void takes_a_credit_code_written_in_lower_case() {
    assertEquals(CODE, accepted(line(2, CODE.toLowerCase(), "130102", "C2511")).creditCode());
  }

  @Test
  void rejects_a_credit_code_whose_check_character_is_wrong() {
    String wrong = CODE.substring(0, 17) + (CODE.charAt(17) == '0' ? '1' : '0');
    assertTrue(reasonFor(line(3, wrong, "130102", "C2511")).contains("统一社会信用代码"));
  }

  @Test
  void rejects_an_empty_credit_code() {
    assertEquals("统一社会信用代码为空", reasonFor(line(2, "", "130102", "C2511")));
  }

  @Test
  void rejects_a_region_outside_the_province() {
    assertTrue(reasonFor(line(2, CODE, "370676", "C2511")).contains("不属于本省"));
  }

  @Test
  void rejects_a_region_code_the_dictionary_does_not_have() {
    assertTrue(reasonFor(line(2, CODE, "130188", "C2511")).contains("不存在"));
  }

  @Test
  void rejects_a_region_code_that_is_not_six_digits() {
    assertTrue(reasonFor(line(2, CODE, "1301", "C2511")).contains("6 位数字"));
  }

  @Test
  void rejects_a_retired_region_naming_its_successor() {
    String reason = reasonFor(line(2, CODE, "130171", "C2511"));
    assertTrue(reason.contains("已撤销"), reason);
    assertTrue(reason.contains("130172") && reason.contains("石家庄高新区"), reason);
  }

  @Test
  void rejects_a_retired_region_without_successor() {
    assertTrue(reasonFor(line(2, CODE, "130199", "C2511")).endsWith("已撤销"));
  }

  @Test
  void rejects_the_province_itself_as_a_unit_region() {
    assertTrue(reasonFor(line(2, CODE, "130000", "C2511")).contains("省级区划"));
  }

  @Test
  void rejects_an_industry_the_dictionary_does_not_have() {
    assertTrue(reasonFor(line(2, CODE, "130102", "C9999")).contains("行业代码 C9999"));
  }

  @Test
  void puts_back_the_section_letter_of_an_industry_code() {
    assertEquals("C2511", accepted(line(2, CODE, "130102", "2511")).industryCode());
    assertEquals("D4411", accepted(line(2, CODE, "130102", "4411")).industryCode());
  }

  @Test
  void accepts_an_industry_at_any_level_of_the_dictionary() {
    assertEquals("C25", accepted(line(2, CODE, "130102", "C25")).industryCode());
  }

  @Test
  void rejects_an_empty_name() {
    UnitListRow row = new UnitListRow(2, CODE, "", "130102", "C2511", "");
    assertEquals("单位名称为空", reasonFor(row));
  }

  @Test
  void rejects_a_name_longer_than_128_characters_but_counts_chinese_characters_as_one() {
    String name128 = "钢".repeat(128);
    assertEquals(
        name128, accepted(new UnitListRow(2, CODE, name128, "130102", "C2511", "")).name());
    UnitListRow tooLong = new UnitListRow(2, CODE, name128 + "钢", "130102", "C2511", "");
    assertTrue(reasonFor(tooLong).contains("128"));
  }

  @Test
  void takes_levels_in_english_or_chinese() {
    assertEquals(
        "national",
        accepted(new UnitListRow(2, CODE, "某厂", "130102", "C2511", "National")).unitLevel());
    assertEquals(
        "city", accepted(new UnitListRow(2, CODE, "某厂", "130102", "C2511", "市级")).unitLevel());
  }

  @Test
  void rejects_an_unknown_level() {
    assertTrue(
        reasonFor(new UnitListRow(2, CODE, "某厂", "130102", "C2511", "county")).contains("级别"));
  }

  @Test
  void rejects_the_second_line_with_a_credit_code_already_in_the_file() {
    UnitListRules.Outcome outcome =
        rules.check(
            List.of(
                line(2, CODE, "130102", "C2511"),
                line(3, OTHER_CODE, "130102", "C2511"),
                line(4, CODE, "130100", "C2511")));
    assertEquals(
        List.of(CODE, OTHER_CODE),
        outcome.accepted().stream().map(UnitListEntry::creditCode).toList());
    assertEquals(1, outcome.rejected().size());
    assertEquals(4, outcome.rejected().get(0).line());
    assertTrue(outcome.rejected().get(0).reason().contains("与第 2 行重复"));
  }

  @Test
  void a_refused_line_still_claims_its_credit_code() {
    UnitListRules.Outcome outcome =
        rules.check(List.of(line(2, CODE, "370676", "C2511"), line(3, CODE, "130102", "C2511")));
    assertEquals(List.of(), outcome.accepted());
    assertEquals(List.of(2, 3), outcome.rejected().stream().map(Rejection::line).toList());
  }
}
