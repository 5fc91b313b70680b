package cn.nhjc.province.exchange.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The protocol's value texts read strictly, with its refusals: dates {@code yyyy-MM-dd HH:mm:ss}
 * (no 30 February) and decimals that fit the store ({@code numeric(20,6)}).
 */
final class ProtocolValues {
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
  private static final int SCALE = 6;
  private static final int MAX_INTEGER_DIGITS = 14;

  private ProtocolValues() {}

  /**
   * @param at where the value stands, prefixed to the refusal ("第3条数据：")
   */
  static LocalDateTime dateTime(String at, String text) {
    try {
      return LocalDateTime.parse(text, DATE_TIME);
    } catch (DateTimeParseException e) {
      throw new UploadRefusedException(at + "统计时间 " + text + " 格式错误，应为 yyyy-MM-dd HH:mm:ss");
    }
  }

  /** A decimal rounded to the store's six places; refused when it is not one or does not fit. */
  static BigDecimal storableNumber(String at, String text) {
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new UploadRefusedException(at + "数据值 " + text + " 不是数字");
    }
    BigDecimal stored = value.setScale(SCALE, RoundingMode.HALF_UP);
    if (stored.precision() - stored.scale() > MAX_INTEGER_DIGITS) {
      throw new UploadRefusedException(at + "数据值 " + text + " 超出可存储范围");
    }
    return stored;
  }
}
