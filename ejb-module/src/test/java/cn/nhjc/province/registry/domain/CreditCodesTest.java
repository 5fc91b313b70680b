package cn.nhjc.province.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CreditCodesTest {

  @Test
  void accepts_the_code_seen_in_real_shandong_traffic() {
    assertTrue(CreditCodes.isValid("91370600710936591P"));
  }

  @Test
  void rejects_a_code_whose_check_character_is_wrong() {
    assertFalse(CreditCodes.isValid("91370600710936591Q"));
  }

  @Test
  void rejects_wrong_length_and_letters_outside_the_gb32100_set() {
    assertFalse(CreditCodes.isValid("91370600710936591"));
    assertFalse(CreditCodes.isValid("9137060071093659IP"));
    assertFalse(CreditCodes.isValid(null));
  }

  @Test
  void computes_the_organization_check_character_of_gb11714() {
    assertEquals('1', CreditCodes.organizationCheckCharacter("71093659"));
  }

  @Test
  void builds_valid_codes_for_a_region() {
    String code = CreditCodes.enterpriseCode("130203", "12345678");
    assertTrue(code.startsWith("91130203"));
    assertTrue(CreditCodes.isValid(code), code);
  }
}
