package cn.nhjc.province.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ServerTimingTest {

  @Test
  void theHeaderGivesMillisecondsWithOneDecimal() {
    assertEquals("app;dur=12.3", ServerTiming.header(12_345_678L));
    assertEquals("app;dur=0.0", ServerTiming.header(10_000L));
    assertEquals("app;dur=1500.0", ServerTiming.header(1_500_000_000L));
  }
}
