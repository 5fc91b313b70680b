package cn.nhjc.province.exchange.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UploadBatchCodecTest {

  @Test
  void decodes_what_it_encodes() {
    UploadBatch batch =
        new UploadBatch(
            "5f1c",
            "91130271170000011R",
            "device",
            Instant.parse("2026-11-28T01:02:03.456Z"),
            List.of(
                new UploadBatch.Item(
                    "00-00-0000-023300-11",
                    1,
                    Instant.parse("2026-11-26T16:00:00Z"),
                    new BigDecimal("123.450000"),
                    4,
                    1,
                    false),
                new UploadBatch.Item(
                    "01-00-0000-011500-11",
                    0,
                    Instant.parse("2026-11-27T01:15:00Z"),
                    new BigDecimal("-0.5"),
                    3,
                    0,
                    true)),
            "92ddac131d0517f12f754b9738efeb83",
            "10.1.2.3");
    assertEquals(batch, UploadBatchCodec.decode(UploadBatchCodec.encode(batch)));
    assertEquals(1, batch.flagged());
  }

  @Test
  void keeps_an_unknown_device_and_address_unknown() {
    UploadBatch batch =
        new UploadBatch(
            "5f1d",
            "91130271170000011R",
            "city",
            Instant.parse("2026-11-28T01:02:03Z"),
            List.of(
                new UploadBatch.Item(
                    "00-00-0000-023300-11",
                    1,
                    Instant.parse("2026-11-26T16:00:00Z"),
                    BigDecimal.ONE,
                    4,
                    1,
                    false)));
    assertEquals(batch, UploadBatchCodec.decode(UploadBatchCodec.encode(batch)));
  }
}
