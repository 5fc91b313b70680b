package cn.nhjc.province.exchange.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SupplyRulesTest {
  private static final String LISTED = "91130271170000011R";
  private static final String OTHER_LISTED = "91130102100000019X";
  private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z"); // 10:00 Beijing

  private final SupplyRules rules =
      new SupplyRules(
          3, Duration.ofMinutes(10), Set.of("3300"), Map.of(LISTED, 7L, OTHER_LISTED, 8L));

  private static SupplyItem monthly(String creditCode, String month, String value) {
    return new SupplyItem(creditCode, "3300", "2", month + "-01 00:00:00", value);
  }

  private static SupplyItem daily(String day, String value) {
    return new SupplyItem(LISTED, "3300", "1", day + " 00:00:00", value);
  }

  private String refusal(SupplyItem... items) {
    return assertThrows(UploadRefusedException.class, () -> rules.validate(List.of(items), NOW))
        .getMessage();
  }

  @Test
  void accepts_monthly_and_daily_figures_of_listed_units_at_the_start_of_their_beijing_period() {
    List<SupplyFigure> figures =
        rules.validate(
            List.of(
                monthly(LISTED, "2026-10", " 123456.7 "),
                daily("2026-11-27", "0"),
                monthly(OTHER_LISTED, "2026-10", "1")),
            NOW);
    assertEquals(3, figures.size());
    SupplyFigure october = figures.get(0);
    assertEquals(7L, october.unitId());
    assertEquals("3300", october.energyTypeCode());
    assertEquals(2, october.statType());
    assertEquals(Instant.parse("2026-09-30T16:00:00Z"), october.statDate());
    assertEquals(new BigDecimal("123456.700000"), october.amount());
    assertEquals(Instant.parse("2026-11-26T16:00:00Z"), figures.get(1).statDate());
    assertEquals(8L, figures.get(2).unitId());
  }

  @Test
  void refuses_a_unit_that_is_not_on_the_list() {
    String message = refusal(monthly(LISTED, "2026-10", "1"), monthly("X", "2026-10", "1"));
    assertTrue(message.startsWith("第2条数据："), message);
    assertTrue(message.contains("名单"), message);
  }

  @Test
  void refuses_an_energy_type_the_supplier_does_not_supply() {
    String message = refusal(new SupplyItem(LISTED, "1500", "2", "2026-10-01 00:00:00", "1"));
    assertTrue(message.startsWith("第1条数据：能源品种 1500"), message);
    assertTrue(message.contains("3300"), message);
  }

  @Test
  void refuses_stat_types_other_than_day_and_month() {
    for (String statType : List.of("0", "3", "", "x")) {
      String message =
          refusal(new SupplyItem(LISTED, "3300", statType, "2026-01-01 00:00:00", "1"));
      assertTrue(message.contains("统计类型"), message);
    }
  }

  @Test
  void refuses_a_stat_date_not_at_the_start_of_its_period() {
    assertTrue(
        refusal(monthly(LISTED, "2026-10", "1").withDate("2026-10-02 00:00:00")).contains("不符"));
    assertTrue(refusal(daily("2026-11-27", "1").withDate("2026-11-27 08:00:00")).contains("不符"));
    assertTrue(refusal(daily("2026-11-27", "1").withDate("2026-11-27")).contains("格式错误"));
    assertTrue(refusal(daily("2026-11-27", "1").withDate("2026-02-30 00:00:00")).contains("格式错误"));
  }

  @Test
  void refuses_a_period_that_starts_in_the_future() {
    assertTrue(refusal(daily("2026-11-29", "1")).contains("晚于当前时间"));
    assertTrue(refusal(monthly(LISTED, "2026-12", "1")).contains("晚于当前时间"));
    assertEquals(1, rules.validate(List.of(daily("2026-11-28", "1")), NOW).size(), "today is fine");
  }

  @Test
  void refuses_negative_non_numeric_and_oversized_values() {
    assertTrue(refusal(daily("2026-11-27", "-0.1")).contains("负数"));
    assertTrue(refusal(daily("2026-11-27", "12,5")).contains("不是数字"));
    assertTrue(refusal(daily("2026-11-27", "")).contains("不是数字"));
    assertTrue(refusal(daily("2026-11-27", "123456789012345")).contains("超出可存储范围"));
    assertEquals(
        new BigDecimal("12345678901234.000000"),
        rules.validate(List.of(daily("2026-11-27", "12345678901234")), NOW).get(0).amount());
  }

  @Test
  void refuses_the_same_unit_type_and_period_twice() {
    String message =
        refusal(daily("2026-11-26", "1"), daily("2026-11-27", "1"), daily("2026-11-26", "2"));
    assertTrue(message.startsWith("第3条数据与第1条数据重复"), message);
  }

  @Test
  void refuses_an_empty_request_and_one_with_too_many_items() {
    assertTrue(refusal().contains("数据为空"));
    String message =
        refusal(
            daily("2026-11-24", "1"),
            daily("2026-11-25", "1"),
            daily("2026-11-26", "1"),
            daily("2026-11-27", "1"));
    assertTrue(message.contains("超过上限 3"), message);
  }

  @Test
  void quotes_at_most_64_characters_of_a_faulty_text() {
    assertEquals(
        "第1条数据：统一社会信用代码 " + "9".repeat(64) + "…（共 100000 个字符） 不在重点用能单位名单中",
        refusal(monthly("9".repeat(100_000), "2026-10", "1")));
    assertEquals(
        "第1条数据：数据值 " + "1".repeat(64) + "…（共 100000 个字符） 超过 64 个字符",
        refusal(monthly(LISTED, "2026-10", "1".repeat(100_000))));
    assertEquals("第1条数据：数据值 -1e-5 不能为负数", refusal(monthly(LISTED, "2026-10", "-1e-5")));
    assertEquals(
        "第1条数据：数据值 1e20000000 指数超出 ±99", refusal(monthly(LISTED, "2026-10", "1e20000000")));
  }
}
