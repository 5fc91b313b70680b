package cn.nhjc.province.exchange.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.nhjc.province.exchange.domain.UploadBatch;
import cn.nhjc.province.monitoring.domain.LiveData;
import jakarta.jms.Message;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UploadIntakePriorityTest {

  // 2026-12-02 09:30 in Beijing
  private static final Instant NOW = Instant.parse("2026-12-02T01:30:00Z");
  private static final LiveData TWO_DAYS = new LiveData(2);

  private static UploadBatch upload(String... statDates) {
    List<UploadBatch.Item> items =
        java.util.Arrays.stream(statDates)
            .map(
                d ->
                    new UploadBatch.Item(
                        "330001", 1, Instant.parse(d), BigDecimal.ONE, 1, 1, false))
            .toList();
    return new UploadBatch("u1", "91130271170000011R", "device", NOW, items);
  }

  @Test
  void yesterdaysValueGoesAheadOfCatchUp() {
    // yesterday in Beijing starts 2026-11-30T16:00Z
    assertEquals(
        UploadIntake.LIVE_PRIORITY,
        UploadIntake.priority(upload("2026-11-30T16:00:00Z"), TWO_DAYS, NOW));
  }

  @Test
  void theDayBeforeYesterdayIsCatchUp() {
    assertEquals(
        Message.DEFAULT_PRIORITY,
        UploadIntake.priority(upload("2026-11-30T15:45:00Z"), TWO_DAYS, NOW));
  }

  @Test
  void oneLiveItemMakesTheUploadLive() {
    assertEquals(
        UploadIntake.LIVE_PRIORITY,
        UploadIntake.priority(
            upload("2026-10-01T16:00:00Z", "2026-12-01T16:00:00Z"), TWO_DAYS, NOW));
    assertEquals(
        Message.DEFAULT_PRIORITY,
        UploadIntake.priority(
            upload("2026-10-01T16:00:00Z", "2026-10-02T16:00:00Z"), TWO_DAYS, NOW));
  }
}
