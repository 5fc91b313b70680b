package cn.nhjc.province.platform.input;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalInt;

/**
 * Numbers written in outside input (protocol values, API bodies, imported files), screened by their
 * text before any arithmetic. {@link BigDecimal} reads what it is given: a hundred thousand digits
 * cost it most of a second, and rounding {@code 1e20000000} or {@code 1e-20000000} to six places
 * costs it seconds to a minute, whereas the screen looks at no more than {@value #MAX_LENGTH}
 * characters. Every number the platform reads from outside input is read here.
 *
 * <p>A decimal is at most {@value #MAX_LENGTH} characters: an optional sign ({@code +} or {@code
 * -}), ASCII digits with at most one decimal point and at least one digit ({@code 12}, {@code
 * 12.5}, {@code .5}, {@code 5.}), and optionally an exponent: {@code e} or {@code E}, an optional
 * sign and ASCII digits, whose value lies within ±{@value #MAX_EXPONENT}. No whitespace (callers
 * trim what the protocol lets them trim), no {@code NaN} or {@code Infinity}, no digits of other
 * scripts. The bound of the exponent refuses no value that would be stored as other than zero:
 * beside an exponent of three digits ({@code e100}) a significand has at most 60 characters, so a
 * value with an exponent beyond ±99 either rounds to zero at six places or has more than fourteen
 * integer digits.
 */
public final class NumberText {
  /** The longest number text read. */
  public static final int MAX_LENGTH = 64;

  /** The largest exponent ({@code E±n}) a decimal may carry. */
  public static final int MAX_EXPONENT = 99;

  /** Integer digits of the platform's stored values ({@code numeric(20,6)}). */
  public static final int STORED_INTEGER_DIGITS = 14;

  /** Decimal places of the platform's stored values ({@code numeric(20,6)}). */
  public static final int STORED_SCALE = 6;

  /** Why a text was not read as a number; {@link #reason()} in the refusals' words. */
  public enum Fault {
    TOO_LONG("超过 " + MAX_LENGTH + " 个字符"),
    NOT_A_NUMBER("不是数字"),
    EXPONENT_OUT_OF_RANGE("指数超出 ±" + MAX_EXPONENT),
    OUT_OF_RANGE("超出可存储范围");

    private final String reason;

    Fault(String reason) {
      this.reason = reason;
    }

    /** The fault in Chinese, to follow the quoted value in a refusal. */
    public String reason() {
      return reason;
    }
  }

  /** A number read, or why it was not: exactly one of the two is present. */
  public record Reading(BigDecimal value, Fault fault) {
    static Reading of(BigDecimal value) {
      return new Reading(value, null);
    }

    static Reading refused(Fault fault) {
      return new Reading(null, fault);
    }

    public boolean ok() {
      return fault == null;
    }
  }

  private NumberText() {}

  /**
   * Whether the text is a decimal within the bounds above, in time proportional to at most {@value
   * #MAX_LENGTH} characters.
   *
   * @return the fault, or {@code null} when the text may be given to {@link BigDecimal}
   */
  public static Fault screen(String text) {
    if (text == null || text.isEmpty()) {
      return Fault.NOT_A_NUMBER;
    }
    if (text.length() > MAX_LENGTH) {
      return Fault.TOO_LONG;
    }
    int length = text.length();
    int i = sign(text, 0);
    int digits = 0;
    boolean point = false;
    for (; i < length; i++) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        digits++;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        break;
      }
    }
    if (digits == 0) {
      return Fault.NOT_A_NUMBER;
    }
    if (i == length) {
      return null;
    }
    char e = text.charAt(i);
    if (e != 'e' && e != 'E') {
      return Fault.NOT_A_NUMBER;
    }
    i = sign(text, i + 1);
    if (i == length) {
      return Fault.NOT_A_NUMBER;
    }
    int exponent = 0;
    for (; i < length; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        return Fault.NOT_A_NUMBER;
      }
      // saturates above the bound: at most 64 digits are looked at, no overflow
      exponent = Math.min(exponent * 10 + (c - '0'), MAX_EXPONENT + 1);
    }
    return exponent > MAX_EXPONENT ? Fault.EXPONENT_OUT_OF_RANGE : null;
  }

  /** A decimal as written, after {@link #screen}. */
  public static Reading decimal(String text) {
    Fault fault = screen(text);
    return fault == null ? Reading.of(new BigDecimal(text)) : Reading.refused(fault);
  }

  /**
   * A decimal rounded half up to {@code scale} places, refused ({@link Fault#OUT_OF_RANGE}) when it
   * then has more than {@code integerDigits} integer digits: what a {@code numeric(integerDigits +
   * scale, scale)} column keeps of it.
   */
  public static Reading rounded(String text, int integerDigits, int scale) {
    Reading read = decimal(text);
    if (!read.ok()) {
      return read;
    }
    BigDecimal value = read.value().setScale(scale, RoundingMode.HALF_UP);
    if (value.precision() - value.scale() > integerDigits) {
      return Reading.refused(Fault.OUT_OF_RANGE);
    }
    return Reading.of(value);
  }

  /** A value as the platform stores it ({@code numeric(20,6)}): {@link #rounded} to 14 and 6. */
  public static Reading storable(String text) {
    return rounded(text, STORED_INTEGER_DIGITS, STORED_SCALE);
  }

  /**
   * An integer code ({@code statType}, {@code itemIndex}, …): an optional sign and ASCII digits, at
   * most {@value #MAX_LENGTH} characters, within the range of {@code int}.
   *
   * @return the value, or empty when the text is none
   */
  public static OptionalInt integer(String text) {
    if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
      return OptionalInt.empty();
    }
    int start = sign(text, 0);
    if (start == text.length()) {
      return OptionalInt.empty();
    }
    long value = 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        return OptionalInt.empty();
      }
      value = value * 10 + (c - '0');
      if (value > 1L + Integer.MAX_VALUE) {
        return OptionalInt.empty();
      }
    }
    long signed = text.charAt(0) == '-' ? -value : value;
    if (signed < Integer.MIN_VALUE || signed > Integer.MAX_VALUE) {
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) signed);
  }

  /** The index after an optional sign at {@code at}. */
  private static int sign(String text, int at) {
    if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
      return at + 1;
    }
    return at;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
