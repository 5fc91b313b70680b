package cn.nhjc.province.exchange.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.nhjc.province.exchange.domain.UploadBatch;
import cn.nhjc.province.monitoring.domain.UnitReadings;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UploadStorageTest {

  @Test
  void an_upload_is_stored_as_its_units_readings_with_every_value_it_carries() {
    Instant accepted = Instant.parse("2026-12-02T01:30:00Z");
    Instant day = Instant.parse("2026-11-30T16:00:00Z");
    UploadBatch upload =
        new UploadBatch(
            "u1",
            "91130271170000011R",
            "device",
            accepted,
            List.of(
                new UploadBatch.Item("330001", 1, day, new BigDecimal("12.5"), 2, 1, true),
                new UploadBatch.Item("330002", 0, day, BigDecimal.ONE, 1, 0, false)),
            "D-1",
            "10.0.0.1");

    assertEquals(
        new UnitReadings(
            "u1",
            "91130271170000011R",
            "device",
            accepted,
            List.of(
                new UnitReadings.Reading("330001", 1, day, new BigDecimal("12.5"), 2, 1, true),
                new UnitReadings.Reading("330002", 0, day, BigDecimal.ONE, 1, 0, false))),
        UploadStorage.readingsOf(upload));
  }
}
