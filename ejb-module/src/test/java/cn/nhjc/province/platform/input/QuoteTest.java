package cn.nhjc.province.platform.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class QuoteTest {

  @Test
  void quotes_a_short_text_whole() {
    assertSame("1e5", Quote.of("1e5"));
    String longest = "数".repeat(Quote.MAX_CHARS);
    assertSame(longest, Quote.of(longest));
    assertEquals("", Quote.of(""));
    assertEquals("", Quote.of(null));
  }

  @Test
  void quotes_the_beginning_of_a_long_text_and_its_length() {
    assertEquals("9".repeat(64) + "…（共 100000 个字符）", Quote.of("9".repeat(100_000)));
    assertEquals("a".repeat(64) + "…（共 65 个字符）", Quote.of("a".repeat(65)));
  }

  @Test
  void never_splits_a_surrogate_pair() {
    String text = "a".repeat(63) + "😀" + "b";
    assertEquals("a".repeat(63) + "…（共 66 个字符）", Quote.of(text));
  }
}
