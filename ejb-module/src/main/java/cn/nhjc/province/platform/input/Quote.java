package cn.nhjc.province.platform.input;

/**
 * Input as a refusal quotes it: whole when it is short, otherwise its beginning, an ellipsis and
 * its length, so that a refusal of a long value stays short ({@code 11111…（共 100000 个字符）}).
 */
public final class Quote {
  /** At most this many characters of the input are quoted. */
  public static final int MAX_CHARS = 64;

  private Quote() {}

  /**
   * The text itself when it has at most {@value #MAX_CHARS} characters; otherwise its first {@value
   * #MAX_CHARS} (one fewer when the last would split a surrogate pair), {@code …} and its length.
   * {@code null} quotes as the empty text.
   */
  public static String of(String text) {
    if (text == null) {
      return "";
    }
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int end = MAX_CHARS;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…（共 " + text.length() + " 个字符）";
  }
}
