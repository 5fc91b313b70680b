package cn.nhjc.province.exchange.domain;

import cn.nhjc.province.platform.input.NumberText;
import cn.nhjc.province.platform.input.Quote;
import cn.nhjc.province.registry.domain.ConfiguredItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Decrypts and checks a whole {@code uploadEnergyData} against the protocol's rules and the unit's
 * collect-item configuration. The first fault refuses the upload; nothing of it is kept. A value
 * outside the item's configured range is not a fault: it is accepted and flagged. Numbers are
 * screened by their text before they are read ({@link NumberText}), and a refusal quotes the faulty
 * text at a bounded length ({@link Quote}), so that an upload is answered in bounded time and words
 * whatever its values.
 */
public final class UploadValidator {

  private final UploadRules rules;
  private final Map<String, ConfiguredItem> configured;

  public UploadValidator(UploadRules rules, List<ConfiguredItem> unitItems) {
    this.rules = rules;
    this.configured = new HashMap<>();
    for (ConfiguredItem item : unitItems) {
      configured.put(item.key(), item);
    }
  }

  /**
   * Decrypts every field of every item, then checks them ({@link #validatePlain}).
   *
   * <p>ECB under one key turns equal ciphertexts into equal plaintexts, and an upload's items
   * repeat most fields from one item to the next: the data code, input type, stat type, scope,
   * valid flag and upload date stay the same along one meter's values (8 of the 11 blocks of a
   * 15-minute item). A field whose ciphertext equals that of the item before takes that item's
   * plain text instead of being decrypted again: the same text, 3 of the 11 blocks decrypted.
   *
   * @throws UploadRefusedException with the protocol's message for the first fault
   */
  public List<UploadBatch.Item> validate(
      List<EncryptedItem> items, Sm4FieldCipher cipher, Instant now) {
    List<PlainItem> plain = new ArrayList<>(items.size());
    PreviousField dataCode = new PreviousField();
    PreviousField dataValue = new PreviousField();
    PreviousField inputType = new PreviousField();
    PreviousField statType = new PreviousField();
    PreviousField statDate = new PreviousField();
    PreviousField scope = new PreviousField();
    PreviousField valid = new PreviousField();
    PreviousField uploadDate = new PreviousField();
    for (EncryptedItem sealed : items) {
      plain.add(
          new PlainItem(
              dataCode.decrypt(cipher, sealed.dataCode()),
              dataValue.decrypt(cipher, sealed.dataValue()),
              inputType.decrypt(cipher, sealed.inputType()),
              statType.decrypt(cipher, sealed.statType()),
              statDate.decrypt(cipher, sealed.statDate()),
              scope.decrypt(cipher, sealed.scope()),
              valid.decrypt(cipher, sealed.valid())));
      uploadDate.decrypt(cipher, sealed.uploadDate());
    }
    return validatePlain(plain, now);
  }

  /** One field's ciphertext and plain text in the item before. */
  private static final class PreviousField {
    private String sealed;
    private String plain;

    String decrypt(Sm4FieldCipher cipher, String hex) {
      if (hex == null || !hex.equals(sealed)) {
        plain = UploadValidator.decrypt(cipher, hex);
        sealed = hex;
      }
      return plain;
    }
  }

  /**
   * Checks items that arrived in clear (from a city platform over its authenticated API).
   *
   * @throws UploadRefusedException with the protocol's message for the first fault
   */
  public List<UploadBatch.Item> validatePlain(List<PlainItem> items, Instant now) {
    if (items.isEmpty()) {
      throw new UploadRefusedException("数据为空");
    }
    if (items.size() > rules.maxItems()) {
      throw UploadRefusedException.tooManyItems(items.size(), rules.maxItems());
    }
    Instant latest = now.plus(rules.futureTolerance());
    // by the key each reading is stored under (with the unit): dataCode, statType, instant
    record Key(String dataCode, int statType, Instant statDate) {}
    Map<Key, Integer> seen = new HashMap<>();
    List<UploadBatch.Item> accepted = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      int number = i + 1;
      PlainItem plain = items.get(i);
      String dataCode = plain.dataCode();
      String dataValue = plain.dataValue();
      String inputType = plain.inputType();
      String statType = plain.statType();
      String statDate = plain.statDate();
      String scope = plain.scope();
      String valid = plain.valid();

      String at = "第" + number + "条数据：";
      if (!isDataCode(dataCode)) {
        throw new UploadRefusedException(
            at + "数据项编码 " + Quote.of(dataCode) + " 格式错误，应为 PP-UU-EEee-CCTTTT-UU");
      }
      checkDictionaries(at, dataCode);
      int type = code(at, "统计类型", statType, 0, 3);
      ConfiguredItem item = configured.get(ConfiguredItem.key(dataCode, type));
      if (item == null) {
        throw new UploadRefusedException(
            at + "数据项编码 " + dataCode + "（统计类型 " + type + "）未在本单位采集项配置中");
      }
      BigDecimal value = ProtocolValues.storableNumber(at, dataValue);
      int input = code(at, "数据采集来源", inputType, 0, Integer.MAX_VALUE);
      if (!rules.inputTypes().contains(input)) {
        throw new UploadRefusedException(at + "数据采集来源 " + Quote.of(inputType) + " 不在字典中");
      }
      int scopeCode = code(at, "数据范围", scope, 0, Integer.MAX_VALUE);
      if (!rules.scopes().contains(scopeCode)) {
        throw new UploadRefusedException(at + "数据范围 " + Quote.of(scope) + " 不在字典中");
      }
      int validFlag = code(at, "有效标志", valid, 0, 1);
      LocalDateTime start = ProtocolValues.dateTime(at, statDate);
      if (!aligned(type, start)) {
        throw new UploadRefusedException(
            at + "统计时间 " + Quote.of(statDate) + " 与统计类型 " + type + " 不符（" + alignment(type) + "）");
      }
      Instant instant = ProtocolValues.beijingInstant(at, statDate, start);
      if (instant.isAfter(latest)) {
        throw new UploadRefusedException(at + "统计时间 " + Quote.of(statDate) + " 晚于当前时间");
      }
      Integer earlier = seen.putIfAbsent(new Key(dataCode, type, instant), number);
      if (earlier != null) {
        throw new UploadRefusedException(
            "第" + number + "条数据与第" + earlier + "条数据重复（数据项编码、统计类型、统计时间相同）");
      }
      accepted.add(
          new UploadBatch.Item(
              dataCode, type, instant, value, input, validFlag, !item.inRange(value)));
    }
    return accepted;
  }

  /** The form PP-UU-EEee-CCTTTT-UU: twenty characters, ASCII digits between the dashes. */
  static boolean isDataCode(String text) {
    if (text.length() != 20) {
      return false;
    }
    for (int i = 0; i < 20; i++) {
      char c = text.charAt(i);
      boolean dash = i == 2 || i == 5 || i == 10 || i == 17;
      if (dash ? c != '-' : c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static String decrypt(Sm4FieldCipher cipher, String hex) {
    if (hex == null) {
      throw new UploadRefusedException(UploadRefusedException.DECRYPTION_FAILED);
    }
    try {
      return cipher.decrypt(hex).trim();
    } catch (FieldDecryptionException e) {
      throw new UploadRefusedException(UploadRefusedException.DECRYPTION_FAILED);
    }
  }

  private void checkDictionaries(String at, String dataCode) {
    String fault =
        rules.codeFault(
            dataCode.substring(11, 13), dataCode.substring(13, 17), dataCode.substring(18, 20));
    if (fault != null) {
      throw new UploadRefusedException(at + fault);
    }
  }

  private static int code(String at, String field, String text, int min, int max) {
    OptionalInt value = NumberText.integer(text);
    if (value.isPresent() && value.getAsInt() >= min && value.getAsInt() <= max) {
      return value.getAsInt();
    }
    throw new UploadRefusedException(at + field + " " + Quote.of(text) + " 无效");
  }

  private boolean aligned(int statType, LocalDateTime start) {
    boolean midnight = start.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
    return switch (statType) {
      case 0 ->
          start.getSecond() == 0
              && start.getNano() == 0
              && (start.getHour() * 60 + start.getMinute()) % rules.realtimeMinutes() == 0;
      case 1 -> midnight;
      case 2 -> midnight && start.getDayOfMonth() == 1;
      default -> midnight && start.getDayOfYear() == 1;
    };
  }

  private String alignment(int statType) {
    return switch (statType) {
      case 0 -> "实时数据应在整" + rules.realtimeMinutes() + "分钟时刻";
      case 1 -> "日数据应为当日 00:00:00";
      case 2 -> "月数据应为当月1日 00:00:00";
      default -> "年数据应为1月1日 00:00:00";
    };
  }
}
