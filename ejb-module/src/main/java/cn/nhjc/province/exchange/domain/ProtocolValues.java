package cn.nhjc.province.exchange.domain;

import cn.nhjc.province.monitoring.domain.StatType;
import cn.nhjc.province.platform.input.NumberText;
import cn.nhjc.province.platform.input.Quote;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The protocol's value texts read strictly, with its refusals: dates {@code yyyy-MM-dd HH:mm:ss}
 * (no 30 February) and decimals that fit the store ({@code numeric(20,6)}), screened by {@link
 * NumberText}. A refusal quotes the value at a bounded length ({@link Quote}).
 */
final class ProtocolValues {
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

  /** Longer than any form the formatter accepts: refused without it. */
  private static final int MAX_DATE_LENGTH = 32;

  private ProtocolValues() {}

  /**
   * @param at where the value stands, prefixed to the refusal ("第3条数据：")
   */
  static LocalDateTime dateTime(String at, String text) {
    LocalDateTime quick = quickDateTime(text);
    if (quick != null) {
      return quick;
    }
    if (text.length() <= MAX_DATE_LENGTH) {
      try {
        return LocalDateTime.parse(text, DATE_TIME);
      } catch (DateTimeParseException e) {
        // answered below
      }
    }
    throw new UploadRefusedException(
        at + "统计时间 " + Quote.of(text) + " 格式错误，应为 yyyy-MM-dd HH:mm:ss");
  }

  /**
   * The instant of a Beijing wall-clock time. Times that Beijing's clocks skipped (the spring
   * daylight-saving changes of 1986–1991) are refused: the zone would move them an hour on, onto
   * another statDate.
   *
   * @param at where the value stands, prefixed to the refusal ("第3条数据：")
   */
  static Instant beijingInstant(String at, String text, LocalDateTime time) {
    if (StatType.CALENDAR_ZONE.getRules().getValidOffsets(time).isEmpty()) {
      throw new UploadRefusedException(at + "统计时间 " + Quote.of(text) + " 在北京时间中不存在（夏令时调整）");
    }
    return time.atZone(StatType.CALENDAR_ZONE).toInstant();
  }

  /**
   * The common case read without the formatter (it took a twentieth of the front-end processor's
   * time): nineteen characters in exactly the pattern's places, a real date and time. Anything
   * else, valid or not, is left to the formatter, whose verdict stands.
   */
  private static LocalDateTime quickDateTime(String text) {
    if (text.length() != 19
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != ' '
        || text.charAt(13) != ':'
        || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, 19);
    if ((year | month | day | hour | minute | second) < 0
        || month < 1
        || month > 12
        || day < 1
        || day > java.time.YearMonth.of(year, month).lengthOfMonth()
        || hour > 23
        || minute > 59
        || second > 59) {
      return null;
    }
    return LocalDateTime.of(year, month, day, hour, minute, second);
  }

  /** The number written by the ASCII digits text[from, to), or -1. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * A decimal rounded to the store's six places ({@link NumberText#storable}); refused when it is
   * not one within the screen's bounds or does not fit.
   */
  static BigDecimal storableNumber(String at, String text) {
    NumberText.Reading reading = NumberText.storable(text);
    if (!reading.ok()) {
      throw new UploadRefusedException(
          at + "数据值 " + Quote.of(text) + " " + reading.fault().reason());
    }
    return reading.value();
  }
}
