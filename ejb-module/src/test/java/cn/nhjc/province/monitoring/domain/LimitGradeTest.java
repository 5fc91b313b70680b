package cn.nhjc.province.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LimitGradeTest {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  /** cement-clinker-energy, GB 16780-2021: 100 / 107 / 117 kgce/t. */
  private static LimitGrade clinker(String value) {
    return LimitGrade.of(d(value), d("100"), d("107"), d("117"));
  }

  /** coke-top-charged, GB 21342-2025: 110 / 110 / 135 kgce/t. */
  private static LimitGrade coke(String value) {
    return LimitGrade.of(d(value), d("110"), d("110"), d("135"));
  }

  /** steel-converter-steelmaking, GB 21256-2025: −30 / −28 / −12 kgce/t. */
  private static LimitGrade converter(String value) {
    return LimitGrade.of(d(value), d("-30"), d("-28"), d("-12"));
  }

  @Test
  void a_value_at_or_below_grade_1_is_grade_1() {
    assertEquals(LimitGrade.GRADE_1, clinker("95.00"));
    assertEquals(LimitGrade.GRADE_1, clinker("100"));
    assertEquals(LimitGrade.GRADE_1, clinker("100.00"));
  }

  @Test
  void a_value_equal_to_a_grade_is_in_that_grade() {
    assertEquals(LimitGrade.GRADE_2, clinker("107.00"));
    assertEquals(LimitGrade.GRADE_3, clinker("117.00"));
  }

  @Test
  void a_value_just_above_a_grade_falls_into_the_next() {
    assertEquals(LimitGrade.GRADE_2, clinker("100.01"));
    assertEquals(LimitGrade.GRADE_3, clinker("107.01"));
    assertEquals(LimitGrade.OVER_LIMIT, clinker("117.01"));
  }

  @Test
  void the_clinker_figures_of_example_4_grade_as_the_doc_says() {
    assertEquals(LimitGrade.GRADE_2, clinker("105.78"));
    assertEquals(LimitGrade.OVER_LIMIT, clinker("117.53"));
    assertEquals(LimitGrade.GRADE_3, clinker("114.10"));
    assertEquals(LimitGrade.GRADE_1, LimitGrade.of(d("47.00"), d("48"), d("57"), d("61")));
    assertEquals(LimitGrade.GRADE_2, LimitGrade.of(d("52.22"), d("48"), d("57"), d("61")));
  }

  @Test
  void nothing_to_grade_has_no_grade() {
    assertNull(LimitGrade.of(null, d("100"), d("107"), d("117")));
  }

  @Test
  void coke_with_grade_1_equal_to_grade_2_is_never_grade_2() {
    assertEquals(LimitGrade.GRADE_1, coke("109.99"));
    assertEquals(LimitGrade.GRADE_1, coke("110.00"));
    assertEquals(LimitGrade.GRADE_3, coke("110.01"));
    assertEquals(LimitGrade.GRADE_3, coke("135.00"));
    assertEquals(LimitGrade.OVER_LIMIT, coke("135.01"));
    for (int hundredths = 10_000; hundredths <= 14_000; hundredths++) {
      assertNotEquals(LimitGrade.GRADE_2, coke(BigDecimal.valueOf(hundredths, 2).toPlainString()));
    }
  }

  @Test
  void converter_steel_negative_limits_follow_the_same_rule() {
    assertEquals(LimitGrade.GRADE_1, converter("-31"));
    assertEquals(LimitGrade.GRADE_1, converter("-30"));
    assertEquals(LimitGrade.GRADE_2, converter("-29"));
    assertEquals(LimitGrade.GRADE_2, converter("-28"));
    assertEquals(LimitGrade.GRADE_3, converter("-20"));
    assertEquals(LimitGrade.GRADE_3, converter("-12"));
    assertEquals(LimitGrade.OVER_LIMIT, converter("-10"));
    assertEquals(LimitGrade.OVER_LIMIT, converter("5"));
  }

  @Test
  void grades_carry_the_codes_and_labels_the_api_shows() {
    assertEquals("1", LimitGrade.GRADE_1.code());
    assertEquals("1级", LimitGrade.GRADE_1.label());
    assertEquals("2", LimitGrade.GRADE_2.code());
    assertEquals("2级", LimitGrade.GRADE_2.label());
    assertEquals("3", LimitGrade.GRADE_3.code());
    assertEquals("3级", LimitGrade.GRADE_3.label());
    assertEquals("over-limit", LimitGrade.OVER_LIMIT.code());
    assertEquals("超限", LimitGrade.OVER_LIMIT.label());
  }
}
