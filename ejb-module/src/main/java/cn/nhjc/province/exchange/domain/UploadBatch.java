package cn.nhjc.province.exchange.domain;

import java.util.List;

/**
 * One accepted upload of one unit, as it travels on the intake queue: already validated and
 * decrypted by the front-end processor. {@code uploadId} identifies it for duplicate detection.
 */
public record UploadBatch(String uploadId, String creditCode, String source, List<Item> items) {

  /** One data item; statDate is the protocol's Beijing-time text {@code yyyy-MM-dd HH:mm:ss}. */
  public record Item(
      String dataCode, int statType, String statDate, String value, int inputType, int valid) {}

  public UploadBatch {
    items = List.copyOf(items);
  }
}
