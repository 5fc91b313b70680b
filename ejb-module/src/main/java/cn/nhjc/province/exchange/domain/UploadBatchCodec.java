package cn.nhjc.province.exchange.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The text form of an {@link UploadBatch} on the intake queue: a header line, then one
 * tab-separated line per item. Compact on purpose (about 50 bytes an item), so that the largest
 * upload the front-end processor accepts stays an ordinary message in the broker's journal.
 */
public final class UploadBatchCodec {
  private static final String VERSION = "upload/1";

  private UploadBatchCodec() {}

  public static String encode(UploadBatch batch) {
    StringBuilder text = new StringBuilder(64 + batch.items().size() * 56);
    text.append(VERSION)
        .append('\t')
        .append(batch.uploadId())
        .append('\t')
        .append(batch.creditCode())
        .append('\t')
        .append(batch.source())
        .append('\t')
        .append(batch.acceptedAt())
        .append('\t')
        .append(text(batch.deviceId()))
        .append('\t')
        .append(text(batch.remoteAddress()))
        .append('\n');
    for (UploadBatch.Item item : batch.items()) {
      text.append(item.dataCode())
          .append('\t')
          .append(item.statType())
          .append('\t')
          .append(item.statDate().getEpochSecond())
          .append('\t')
          .append(item.value().toPlainString())
          .append('\t')
          .append(item.inputType())
          .append('\t')
          .append(item.valid())
          .append('\t')
          .append(item.outOfRange() ? '1' : '0')
          .append('\n');
    }
    return text.toString();
  }

  public static UploadBatch decode(String text) {
    String[] lines = text.split("\n");
    String[] header = lines[0].split("\t", -1);
    if (header.length != 7 || !VERSION.equals(header[0])) {
      throw new IllegalArgumentException("not an intake message: " + lines[0]);
    }
    List<UploadBatch.Item> items = new ArrayList<>(lines.length - 1);
    for (int i = 1; i < lines.length; i++) {
      String[] field = lines[i].split("\t", -1);
      items.add(
          new UploadBatch.Item(
              field[0],
              Integer.parseInt(field[1]),
              Instant.ofEpochSecond(Long.parseLong(field[2])),
              new BigDecimal(field[3]),
              Integer.parseInt(field[4]),
              Integer.parseInt(field[5]),
              "1".equals(field[6])));
    }
    return new UploadBatch(
        header[1],
        header[2],
        header[3],
        Instant.parse(header[4]),
        items,
        header[5].isEmpty() ? null : header[5],
        header[6].isEmpty() ? null : header[6]);
  }

  private static String text(String value) {
    return value == null ? "" : value.replace('\t', ' ').replace('\n', ' ');
  }
}
