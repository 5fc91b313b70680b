package cn.nhjc.province.metrology.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An accuracy class (准确度等级) as meters are marked: a number, the smaller the better ({@code 0.2},
 * {@code 0.5}, {@code 1.0}, {@code 2}), optionally with the suffix S of the special classes of
 * electricity meters ({@code 0.5S}), which is better than the plain class of the same number.
 */
public record AccuracyClass(BigDecimal value, boolean special)
    implements Comparable<AccuracyClass> {

  private static final Pattern FORM = Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2})?)(S?)");

  /**
   * Reads a class as written on the meter.
   *
   * @throws IllegalArgumentException when the text is no class
   */
  public static AccuracyClass parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("准确度等级为空");
    }
    Matcher m = FORM.matcher(text.strip().toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("准确度等级“" + text.strip() + "”无法识别，应如 0.5S、1.0、2");
    }
    BigDecimal value = new BigDecimal(m.group(1));
    if (value.signum() <= 0) {
      throw new IllegalArgumentException("准确度等级应大于 0：" + text.strip());
    }
    return new AccuracyClass(value, !m.group(2).isEmpty());
  }

  /** Whether a meter of this class satisfies a requirement of {@code required} or better. */
  public boolean meets(AccuracyClass required) {
    return compareTo(required) <= 0;
  }

  /** Better classes first: a smaller number, and S before plain at the same number. */
  @Override
  public int compareTo(AccuracyClass other) {
    int byValue = value.compareTo(other.value);
    if (byValue != 0) {
      return byValue;
    }
    return Boolean.compare(other.special, special);
  }

  @Override
  public String toString() {
    return value.toPlainString() + (special ? "S" : "");
  }
}
