package cn.nhjc.province.metrology.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccuracyClassTest {

  @Test
  void smaller_numbers_and_the_s_classes_are_better() {
    AccuracyClass half = AccuracyClass.parse("0.5");
    assertTrue(AccuracyClass.parse("0.5S").meets(half));
    assertTrue(AccuracyClass.parse("0.2s").meets(half));
    assertTrue(AccuracyClass.parse("0.50").meets(half));
    assertFalse(AccuracyClass.parse("1.0").meets(half));
    assertFalse(half.meets(AccuracyClass.parse("0.5S")));
    assertTrue(AccuracyClass.parse("2").meets(AccuracyClass.parse("2.0")));
    assertEquals("0.5S", AccuracyClass.parse(" 0.5s ").toString());
  }

  @Test
  void what_is_no_class_is_refused() {
    assertThrows(IllegalArgumentException.class, () -> AccuracyClass.parse("A"));
    assertThrows(IllegalArgumentException.class, () -> AccuracyClass.parse("0"));
    assertThrows(IllegalArgumentException.class, () -> AccuracyClass.parse(""));
    assertThrows(IllegalArgumentException.class, () -> AccuracyClass.parse("0.5 级"));
  }
}
