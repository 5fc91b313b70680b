package cn.nhjc.province.exchange.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.registry.domain.ConfiguredItem;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UploadValidatorTest {
  private static final String ELECTRICITY = "00-00-0000-023300-11";
  private static final Sm4FieldCipher CIPHER =
      Sm4FieldCipher.ofHexKey("7c7ab08b3d934268996faf7eb5e0342d");
  private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z"); // 10:00 Beijing

  private final UploadValidator validator =
      new UploadValidator(
          new UploadRules(
              3,
              15,
              Duration.ofMinutes(10),
              Set.of("01", "02"),
              Set.of("01", "02"),
              Set.of("3300", "1500"),
              Set.of("10", "11"),
              Set.of(1, 2, 3, 4, 5, 6, 7),
              Set.of(1, 2, 3, 4)),
          List.of(
              new ConfiguredItem(ELECTRICITY, 0, BigDecimal.ZERO, new BigDecimal("500")),
              new ConfiguredItem(ELECTRICITY, 1, BigDecimal.ZERO, new BigDecimal("10000")),
              new ConfiguredItem(ELECTRICITY, 2, null, null)));

  private static EncryptedItem item(String dataCode, String value, String statType, String date) {
    return new EncryptedItem(
        CIPHER.encrypt(dataCode),
        CIPHER.encrypt(value),
        CIPHER.encrypt("4"),
        CIPHER.encrypt(statType),
        CIPHER.encrypt(date),
        CIPHER.encrypt("2026-11-28 09:00:00"),
        CIPHER.encrypt("1"),
        CIPHER.encrypt("1"));
  }

  private List<UploadBatch.Item> accepted(EncryptedItem... items) {
    return validator.validate(List.of(items), CIPHER, NOW);
  }

  private String refusal(EncryptedItem... items) {
    return assertThrows(
            UploadRefusedException.class, () -> validator.validate(List.of(items), CIPHER, NOW))
        .getMessage();
  }

  @Test
  void accepts_aligned_configured_items_and_converts_beijing_time_to_an_instant() {
    List<UploadBatch.Item> items =
        accepted(
            item(ELECTRICITY, "123.45", "1", "2026-11-27 00:00:00"),
            item(ELECTRICITY, "12", "0", "2026-11-28 09:45:00"));
    assertEquals(Instant.parse("2026-11-26T16:00:00Z"), items.get(0).statDate());
    assertEquals(new BigDecimal("123.450000"), items.get(0).value());
    assertFalse(items.get(0).outOfRange());
  }

  @Test
  void reads_each_item_alike_whether_its_fields_repeat_the_item_before_or_not() {
    List<UploadBatch.Item> items =
        accepted(
            item(ELECTRICITY, "12", "0", "2026-11-28 09:15:00"),
            item(ELECTRICITY, "12", "0", "2026-11-28 09:30:00"),
            item(ELECTRICITY, "300", "1", "2026-11-27 00:00:00"));
    assertEquals(
        List.of("12.000000", "12.000000", "300.000000"),
        items.stream().map(i -> i.value().toPlainString()).toList());
    assertEquals(List.of(0, 0, 1), items.stream().map(UploadBatch.Item::statType).toList());
    assertEquals(
        List.of(
            Instant.parse("2026-11-28T01:15:00Z"),
            Instant.parse("2026-11-28T01:30:00Z"),
            Instant.parse("2026-11-26T16:00:00Z")),
        items.stream().map(UploadBatch.Item::statDate).toList());
  }

  @Test
  void refuses_a_field_of_another_key_after_items_whose_fields_it_repeats() {
    EncryptedItem good = item(ELECTRICITY, "12", "0", "2026-11-28 09:15:00");
    EncryptedItem foreign =
        new EncryptedItem(
            good.dataCode(),
            good.dataValue(),
            good.inputType(),
            good.statType(),
            Sm4FieldCipher.ofHexKey("00112233445566778899aabbccddeeff")
                .encrypt("2026-11-28 09:30:00"),
            good.uploadDate(),
            good.scope(),
            good.valid());
    assertEquals(UploadRefusedException.DECRYPTION_FAILED, refusal(good, foreign));
  }

  @Test
  void flags_a_value_outside_the_configured_range_instead_of_refusing_it() {
    List<UploadBatch.Item> items = accepted(item(ELECTRICITY, "600", "0", "2026-11-28 09:45:00"));
    assertTrue(items.get(0).outOfRange());
  }

  @Test
  void refuses_statdates_not_on_the_start_of_their_period() {
    assertTrue(refusal(item(ELECTRICITY, "1", "0", "2026-11-28 09:40:00")).contains("不符"));
    assertTrue(refusal(item(ELECTRICITY, "1", "1", "2026-11-27 01:00:00")).contains("不符"));
    assertTrue(refusal(item(ELECTRICITY, "1", "2", "2026-11-02 00:00:00")).contains("不符"));
  }

  @Test
  void refuses_a_statdate_beyond_the_tolerance_but_not_within_it() {
    assertTrue(refusal(item(ELECTRICITY, "1", "0", "2026-11-28 10:15:00")).contains("晚于当前时间"));
    assertEquals(
        1,
        validator
            .validate(List.of(item(ELECTRICITY, "1", "0", "2026-11-28 10:00:00")), CIPHER, NOW)
            .size());
  }

  @Test
  void refuses_impossible_dates_and_numbers_that_do_not_fit_the_store() {
    assertTrue(refusal(item(ELECTRICITY, "1", "1", "2026-02-30 00:00:00")).contains("格式错误"));
    assertTrue(
        refusal(item(ELECTRICITY, "123456789012345", "1", "2026-11-27 00:00:00"))
            .contains("超出可存储范围"));
    assertTrue(refusal(item(ELECTRICITY, "NaN", "1", "2026-11-27 00:00:00")).contains("不是数字"));
  }

  @Test
  void refuses_a_beijing_time_the_clocks_skipped_so_that_no_two_items_share_a_stored_key() {
    // 1991-04-14: Beijing's clocks went from 02:00 to 03:00 (daylight saving, 1986-1991); 02:15
    // would be stored as 03:15
    assertEquals(
        "第2条数据：统计时间 1991-04-14 02:15:00 在北京时间中不存在（夏令时调整）",
        refusal(
            item(ELECTRICITY, "1", "0", "1991-04-14 03:15:00"),
            item(ELECTRICITY, "1", "0", "1991-04-14 02:15:00")));
    // the hour the autumn change repeated is one time of each quarter-hour, as the zone reads it
    assertEquals(
        Instant.parse("1991-09-14T16:15:00Z"),
        accepted(item(ELECTRICITY, "1", "0", "1991-09-15 01:15:00")).get(0).statDate());
  }

  @Test
  void refuses_items_the_unit_has_not_configured_or_the_dictionaries_do_not_know() {
    assertTrue(
        refusal(item("00-00-0000-011500-11", "1", "1", "2026-11-27 00:00:00")).contains("未在本单位"));
    assertTrue(
        refusal(item("00-00-0000-029900-11", "1", "1", "2026-11-27 00:00:00"))
            .contains("能源品种 9900 不在字典中"));
    assertTrue(
        refusal(item("00-00-0000-023300-99", "1", "1", "2026-11-27 00:00:00"))
            .contains("用途 99 不在字典中"));
  }

  @Test
  void numbers_the_faulty_item_and_refuses_duplicates_and_too_many_items() {
    EncryptedItem good = item(ELECTRICITY, "1", "1", "2026-11-27 00:00:00");
    assertTrue(
        refusal(good, item(ELECTRICITY, "x", "1", "2026-11-26 00:00:00")).startsWith("第2条数据"));
    assertTrue(refusal(good, good).contains("重复"));
    assertTrue(refusal(good, good, good, good).contains("超过上限 3"));
    assertEquals("数据为空", refusal());
  }

  @Test
  void answers_decryption_failed_exactly_as_the_real_platform() {
    EncryptedItem good = item(ELECTRICITY, "1", "1", "2026-11-27 00:00:00");
    EncryptedItem odd =
        new EncryptedItem(
            good.dataCode() + "3",
            good.dataValue(),
            good.inputType(),
            good.statType(),
            good.statDate(),
            good.uploadDate(),
            good.scope(),
            good.valid());
    assertEquals(UploadRefusedException.DECRYPTION_FAILED, refusal(odd));
  }

  @Test
  void reads_dates_and_data_codes_exactly_in_the_protocols_form() {
    assertEquals(
        1,
        validator
            .validate(List.of(item(ELECTRICITY, "1", "1", "2024-02-29 00:00:00")), CIPHER, NOW)
            .size());
    for (String date :
        List.of(
            "2025-02-29 00:00:00",
            "2026-11-27T00:00:00",
            "2026-11-27 00:00:00.0",
            "2026-1-27 00:00:00",
            "2026-11-27 24:00:00",
            "2026-11-27 00:60:00",
            "2026-13-01 00:00:00",
            "２026-11-27 00:00:00")) {
      assertTrue(refusal(item(ELECTRICITY, "1", "1", date)).contains("格式错误"), date);
    }
    for (String code :
        List.of(
            "00-00-0000-023300-1",
            "00-00-0000-023300-111",
            "00-00-0000-0233a0-11",
            "00-00-00000023300-11",
            "00-00-0000-023300_11",
            "00-00-0000-023300-１1")) {
      assertTrue(refusal(item(code, "1", "1", "2026-11-27 00:00:00")).contains("格式错误"), code);
    }
  }

  @Test
  void refuses_huge_values_by_their_text_and_quotes_a_long_one_briefly() {
    assertEquals(
        "第1条数据：数据值 1e20000000 指数超出 ±99",
        refusal(item(ELECTRICITY, "1e20000000", "1", "2026-11-27 00:00:00")));
    assertEquals(
        "第1条数据：数据值 " + "1".repeat(64) + "…（共 100000 个字符） 超过 64 个字符",
        refusal(item(ELECTRICITY, "1".repeat(100_000), "1", "2026-11-27 00:00:00")));
    assertEquals(
        "第1条数据：数据项编码 " + "0".repeat(64) + "…（共 5000 个字符） 格式错误，应为 PP-UU-EEee-CCTTTT-UU",
        refusal(item("0".repeat(5_000), "1", "1", "2026-11-27 00:00:00")));
    assertEquals(
        "第1条数据：统计时间 " + "2".repeat(64) + "…（共 70000 个字符） 格式错误，应为 yyyy-MM-dd HH:mm:ss",
        refusal(item(ELECTRICITY, "1", "1", "2".repeat(70_000))));
  }

  @Test
  void refuses_an_upload_of_the_most_items_with_huge_exponents_well_within_a_second() {
    UploadValidator largest =
        new UploadValidator(
            new UploadRules(
                5_000,
                15,
                Duration.ofMinutes(10),
                Set.of("02"),
                Set.of("02"),
                Set.of("3300"),
                Set.of("11"),
                Set.of(4),
                Set.of(1)),
            List.of(new ConfiguredItem(ELECTRICITY, 0, BigDecimal.ZERO, new BigDecimal("500"))));
    List<EncryptedItem> items = new java.util.ArrayList<>();
    java.time.LocalDateTime quarter = java.time.LocalDateTime.of(2026, 11, 28, 9, 45);
    for (int i = 0; i < 5_000; i++) {
      items.add(
          item(
              ELECTRICITY,
              "1e20000000",
              "0",
              quarter.minusMinutes(15L * i).toString().replace('T', ' ') + ":00"));
    }
    long start = System.nanoTime();
    UploadRefusedException refusal =
        assertThrows(UploadRefusedException.class, () -> largest.validate(items, CIPHER, NOW));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals("第1条数据：数据值 1e20000000 指数超出 ±99", refusal.getMessage());
    assertTrue(millis < 1_000, millis + " ms");
  }
}
