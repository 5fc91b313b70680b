package cn.nhjc.province.exchange.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nhjc.province.exchange.domain.UploadBatch;
import cn.nhjc.province.monitoring.domain.LiveData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UploadIntakeLaneTest {

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
  void yesterdaysValueTakesTheLiveLane() {
    // yesterday in Beijing starts 2026-11-30T16:00Z
    assertTrue(UploadIntake.isLive(upload("2026-11-30T16:00:00Z"), TWO_DAYS, NOW));
  }

  @Test
  void theDayBeforeYesterdayIsCatchUp() {
    assertFalse(UploadIntake.isLive(upload("2026-11-30T15:45:00Z"), TWO_DAYS, NOW));
  }

  @Test
  void oneLiveItemMakesTheUploadLive() {
    assertTrue(
        UploadIntake.isLive(upload("2026-10-01T16:00:00Z", "2026-12-01T16:00:00Z"), TWO_DAYS, NOW));
    assertFalse(
        UploadIntake.isLive(upload("2026-10-01T16:00:00Z", "2026-10-02T16:00:00Z"), TWO_DAYS, NOW));
  }
}
