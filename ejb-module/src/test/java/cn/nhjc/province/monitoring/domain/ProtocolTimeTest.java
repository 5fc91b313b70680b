package cn.nhjc.province.monitoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProtocolTimeTest {

  @Test
  void protocol_dates_are_beijing_time_and_stored_as_utc_instants() {
    Instant start = ProtocolTime.parse("2021-10-08 00:00:00");
    assertEquals(Instant.parse("2021-10-07T16:00:00Z"), start);
    assertEquals("2021-10-08 00:00:00", ProtocolTime.format(start));
  }
}
