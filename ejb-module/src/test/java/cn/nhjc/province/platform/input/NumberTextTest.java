package cn.nhjc.province.platform.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.platform.input.NumberText.Fault;
import java.math.BigDecimal;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class NumberTextTest {

  private static BigDecimal stored(String text) {
    NumberText.Reading reading = NumberText.storable(text);
    assertTrue(reading.ok(), () -> text + " refused: " + reading.fault());
    return reading.value();
  }

  private static Fault fault(String text) {
    return NumberText.storable(text).fault();
  }

  @Test
  void refuses_an_exponent_of_twenty_million_by_its_text() {
    long start = System.nanoTime();
    assertEquals(Fault.EXPONENT_OUT_OF_RANGE, fault("1e20000000"));
    assertEquals(Fault.EXPONENT_OUT_OF_RANGE, fault("1e-20000000"));
    assertEquals(Fault.EXPONENT_OUT_OF_RANGE, fault("1E+99999999999999999999"));
    // BigDecimal rounding either of the first two to six places takes seconds
    assertTrue(System.nanoTime() - start < 100_000_000L);
  }

  @Test
  void refuses_a_value_of_a_hundred_thousand_digits_by_its_length() {
    assertEquals(Fault.TOO_LONG, fault("9".repeat(100_000)));
    assertEquals(Fault.TOO_LONG, fault("x".repeat(100_000)));
  }

  @Test
  void reads_up_to_sixty_four_characters() {
    String longest = "0." + "1".repeat(NumberText.MAX_LENGTH - 2);
    assertEquals(new BigDecimal("0.111111"), stored(longest));
    assertEquals(Fault.TOO_LONG, fault(longest + "1"));
  }

  @Test
  void keeps_the_exponents_within_ninety_nine() {
    assertEquals(new BigDecimal("100000.000000"), stored("1E+5"));
    assertEquals(new BigDecimal("100000.000000"), stored("1e5"));
    assertEquals(new BigDecimal("0.000001"), stored("10E-7"));
    assertEquals(new BigDecimal("0.000000"), stored("1e-99"));
    assertEquals(new BigDecimal("12.000000"), stored("0." + "0".repeat(55) + "12e+57"));
    assertEquals(Fault.OUT_OF_RANGE, fault("1e99"));
    assertEquals(Fault.EXPONENT_OUT_OF_RANGE, fault("1e100"));
    assertEquals(Fault.EXPONENT_OUT_OF_RANGE, fault("0e-100"));
    assertEquals(
        new BigDecimal("1.000000"), stored("1e-0000000000000000000000000000000000000000000"));
  }

  @Test
  void reads_signs_and_zeros_as_decimals_do() {
    assertEquals(new BigDecimal("0.000000"), stored("-0"));
    assertEquals(0, stored("-0").signum());
    assertEquals(new BigDecimal("12.500000"), stored("+12.5"));
    assertEquals(new BigDecimal("-12.500000"), stored("-12.5"));
    assertEquals(new BigDecimal("0.500000"), stored(".5"));
    assertEquals(new BigDecimal("5.000000"), stored("5."));
    assertEquals(new BigDecimal("7.000000"), stored("007"));
  }

  @Test
  void rounds_half_up_to_six_places_and_keeps_fourteen_integer_digits() {
    assertEquals(new BigDecimal("0.000001"), stored("0.0000005"));
    assertEquals(new BigDecimal("0.000000"), stored("0.0000004999"));
    assertEquals(new BigDecimal("-0.000001"), stored("-0.0000005"));
    assertEquals(new BigDecimal("99999999999999.999999"), stored("99999999999999.9999994"));
    assertEquals(Fault.OUT_OF_RANGE, fault("99999999999999.9999995"));
    assertEquals(Fault.OUT_OF_RANGE, fault("123456789012345"));
    assertEquals(Fault.OUT_OF_RANGE, fault("-123456789012345"));
  }

  @Test
  void refuses_nan_infinity_and_other_words() {
    for (String text :
        new String[] {"NaN", "nan", "Infinity", "-Infinity", "+Infinity", "inf", "0x10", "1_000"}) {
      assertEquals(Fault.NOT_A_NUMBER, fault(text), text);
    }
  }

  @Test
  void refuses_whitespace_which_callers_trim_where_the_protocol_allows_it() {
    for (String text : new String[] {" 1", "1 ", "1 000", "\t1", "1\n", "+ 1", "1e 5", "\u00a01"}) {
      assertEquals(Fault.NOT_A_NUMBER, fault(text), text);
    }
  }

  @Test
  void refuses_broken_forms_and_digits_of_other_scripts() {
    for (String text :
        new String[] {
          "", ".", "+", "-", "e5", ".e5", "1e", "1e+", "1e-", "--1", "+-1", "1.2.3", "1e5.0",
          "1e5e5", "１２３", "١٢٣", "1,5"
        }) {
      assertEquals(Fault.NOT_A_NUMBER, fault(text), text);
    }
    assertEquals(Fault.NOT_A_NUMBER, fault(null));
  }

  @Test
  void a_decimal_is_read_as_written() {
    assertEquals(new BigDecimal("1.23E+7"), NumberText.decimal("1.23E+7").value());
    assertNull(NumberText.screen("-0.5e-3"));
    assertEquals(Fault.TOO_LONG, NumberText.decimal("1".repeat(65)).fault());
  }

  @Test
  void rounds_to_the_shape_asked_for() {
    assertEquals(new BigDecimal("39.123457"), NumberText.rounded("39.1234567", 3, 6).value());
    assertEquals(Fault.OUT_OF_RANGE, NumberText.rounded("1000", 3, 6).fault());
  }

  @Test
  void reads_integer_codes_of_ascii_digits_within_int() {
    assertEquals(OptionalInt.of(3), NumberText.integer("+3"));
    assertEquals(OptionalInt.of(0), NumberText.integer("-0"));
    assertEquals(OptionalInt.of(7), NumberText.integer("007"));
    assertEquals(OptionalInt.of(Integer.MAX_VALUE), NumberText.integer("2147483647"));
    assertEquals(OptionalInt.of(Integer.MIN_VALUE), NumberText.integer("-2147483648"));
    for (String text :
        new String[] {
          "2147483648", "-2147483649", "9".repeat(100_000), "", "+", "1.0", "1e3", " 1", "１", "NaN"
        }) {
      assertEquals(OptionalInt.empty(), NumberText.integer(text), text);
    }
    assertEquals(OptionalInt.empty(), NumberText.integer(null));
  }
}
