package cn.nhjc.province.registry.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeviceIdsTest {
  private static final String ID = "92ddac131d0517f12f754b9738efeb83";

  @Test
  void a_device_id_is_shown_as_six_characters_and_an_ellipsis() {
    assertEquals("92ddac…", DeviceIds.masked(ID));
    assertEquals("abc…", DeviceIds.masked("abc"), "a short presented id shows no more than it is");
    assertNull(DeviceIds.masked(null));
    assertEquals("", DeviceIds.masked(""));
  }

  @Test
  void the_digest_is_sha_256_of_the_lowercase_id() {
    assertEquals(64, DeviceIds.digestHex(ID).length());
    assertArrayEquals(DeviceIds.digest(ID), DeviceIds.digest(ID.toUpperCase()));
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        DeviceIds.digestHex(""),
        "SHA-256 of the empty text");
  }

  @Test
  void ids_are_the_same_regardless_of_case_and_never_with_null() {
    assertTrue(DeviceIds.same(ID.toUpperCase(), ID));
    assertFalse(DeviceIds.same(ID.substring(0, 31) + "0", ID));
    assertFalse(DeviceIds.same(ID.substring(0, 31), ID));
    assertFalse(DeviceIds.same(null, ID));
  }
}
