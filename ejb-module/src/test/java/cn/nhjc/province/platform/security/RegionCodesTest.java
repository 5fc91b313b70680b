package cn.nhjc.province.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegionCodesTest {

  @Test
  void prefix_is_two_four_or_six_digits_by_level() {
    assertEquals("13", RegionCodes.prefixOf("130000"));
    assertEquals("1302", RegionCodes.prefixOf("130200"));
    assertEquals("370676", RegionCodes.prefixOf("370676"));
  }

  @Test
  void only_prefecture_codes_are_cities() {
    assertTrue(RegionCodes.isCity("130200"));
    assertFalse(RegionCodes.isCity("130000"));
    assertFalse(RegionCodes.isCity("370676"));
  }

  @Test
  void rejects_codes_that_are_not_six_digits() {
    assertThrows(IllegalArgumentException.class, () -> RegionCodes.prefixOf("1302"));
  }
}
